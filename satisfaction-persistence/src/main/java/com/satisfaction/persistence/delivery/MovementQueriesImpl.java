package com.satisfaction.persistence.delivery;

import com.satisfaction.core.delivery.DeliveryLine;
import com.satisfaction.core.delivery.MovementKind;
import com.satisfaction.core.period.Period;
import com.satisfaction.persistence.audit.AuditActors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link MovementQueries} in plain SQL that H2 (PostgreSQL mode) and PostgreSQL both run. */
class MovementQueriesImpl implements MovementQueries {

    private static final String TOTALS = """
            SELECT m.customer_id, CAST(SUM(m.delivered) AS BIGINT) AS delivered, CAST(SUM(m.returned) AS BIGINT) AS returned
            FROM (SELECT customer_id, quantity AS delivered, CAST(0 AS BIGINT) AS returned FROM delivery
                  WHERE delivered_on BETWEEN :first AND :last %1$s
                  UNION ALL
                  SELECT customer_id, CAST(0 AS BIGINT), quantity FROM product_return
                  WHERE returned_on BETWEEN :first AND :last %1$s) m
            GROUP BY m.customer_id ORDER BY m.customer_id""";

    static final int ROWS_PER_INSERT = 500;

    private final NamedParameterJdbcTemplate named;
    private final JdbcTemplate jdbc;

    MovementQueriesImpl(NamedParameterJdbcTemplate named) {
        this.named = named;
        this.jdbc = named.getJdbcTemplate();
    }

    @Override
    public List<DeliveryTotals> totalsFor(Period period) {
        return named.query(TOTALS.formatted(""), span(period), MovementQueriesImpl::totals);
    }

    @Override
    public List<DeliveryTotals> totalsFor(Period period, Collection<Long> customers) {
        if (customers.isEmpty()) {
            return List.of();
        }
        return named.query(TOTALS.formatted("AND customer_id IN (:customers)"),
                span(period).addValue("customers", customers), MovementQueriesImpl::totals);
    }

    @Override
    public DeliveryTotals totalsFor(long customerId, Period period) {
        return named.query(TOTALS.formatted("AND customer_id = :customer"), span(period).addValue("customer", customerId),
                MovementQueriesImpl::totals).stream().findFirst().orElse(new DeliveryTotals(customerId, 0, 0));
    }

    private static MapSqlParameterSource span(Period period) {
        return new MapSqlParameterSource("first", Date.valueOf(period.startDate()))
                .addValue("last", Date.valueOf(period.endDate()));
    }

    private static DeliveryTotals totals(ResultSet rs, int row) throws SQLException {
        return new DeliveryTotals(rs.getLong("customer_id"), rs.getLong("delivered"), rs.getLong("returned"));
    }

    @Override
    public MovementSums sums(MovementFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = "SELECT COUNT(*) AS n,"
                + " CAST(COALESCE(SUM(CASE WHEN m.kind = 'DELIVERY' THEN m.quantity END), 0) AS BIGINT) AS delivered,"
                + " CAST(COALESCE(SUM(CASE WHEN m.kind = 'RETURN' THEN m.quantity END), 0) AS BIGINT) AS returned"
                + " FROM " + selected(filter, params) + " m";
        return named.queryForObject(sql, params,
                (rs, row) -> new MovementSums(rs.getLong("n"), rs.getLong("delivered"), rs.getLong("returned")));
    }

    @Override
    public List<MovementRow> rows(MovementFilter filter, long offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource("limit", limit).addValue("offset", offset);
        String sql = "SELECT m.kind, m.id, m.customer_id, c.code, c.name, m.lot, m.period, m.moved_on, m.quantity,"
                + " m.defect_reason FROM " + selected(filter, params) + " m JOIN customer c ON c.id = m.customer_id"
                + " ORDER BY m.moved_on DESC, m.kind, m.id DESC LIMIT :limit OFFSET :offset";
        return named.query(sql, params, (rs, row) -> new MovementRow(MovementKind.valueOf(rs.getString("kind")),
                rs.getLong("id"), rs.getLong("customer_id"), rs.getString("code"), rs.getString("name"),
                rs.getString("lot"), rs.getString("period"), rs.getDate("moved_on").toLocalDate(),
                rs.getLong("quantity"), rs.getString("defect_reason")));
    }

    /** The rows of both tables the filter selects, as one derived table; conditions are bound, never spliced. */
    private static String selected(MovementFilter filter, MapSqlParameterSource params) {
        StringBuilder where = new StringBuilder();
        if (filter.period() != null) {
            where.append(" AND %1$s BETWEEN :first AND :last");
            params.addValue("first", Date.valueOf(filter.period().startDate()))
                    .addValue("last", Date.valueOf(filter.period().endDate()));
        }
        if (filter.customerId() != null) {
            where.append(" AND customer_id = :customerId");
            params.addValue("customerId", filter.customerId());
        }
        if (filter.customer() != null) {
            where.append(" AND customer_id IN (SELECT id FROM customer WHERE LOWER(code) LIKE :customer ESCAPE '\\'"
                    + " OR LOWER(name) LIKE :customer ESCAPE '\\')");
            params.addValue("customer", "%" + filter.customer().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        List<String> parts = new ArrayList<>();
        if (filter.kind() != MovementKind.RETURN) {
            parts.add("SELECT 'DELIVERY' AS kind, id, customer_id, lot, period, delivered_on AS moved_on, quantity,"
                    + " CAST(NULL AS VARCHAR(200)) AS defect_reason FROM delivery WHERE 1 = 1"
                    + where.toString().formatted("delivered_on"));
        }
        if (filter.kind() != MovementKind.DELIVERY) {
            parts.add("SELECT 'RETURN' AS kind, id, customer_id, lot, period, returned_on AS moved_on, quantity,"
                    + " defect_reason FROM product_return WHERE 1 = 1" + where.toString().formatted("returned_on"));
        }
        return "(" + String.join(" UNION ALL ", parts) + ")";
    }

    @Override
    public Optional<DateSpan> dateSpan() {
        return jdbc.query("""
                SELECT MIN(first_day) AS first_day, MAX(last_day) AS last_day FROM (
                    SELECT MIN(delivered_on) AS first_day, MAX(delivered_on) AS last_day FROM delivery
                    UNION ALL
                    SELECT MIN(returned_on), MAX(returned_on) FROM product_return) s""",
                (rs, row) -> rs.getDate("first_day") == null ? null
                        : new DateSpan(rs.getDate("first_day").toLocalDate(), rs.getDate("last_day").toLocalDate()))
                .stream().filter(span -> span != null).findFirst();
    }

    /*
     * The import's lookups join a VALUES list rather than test "x IN (?, ?, …)": after five executions PostgreSQL may
     * run a prepared statement with a generic plan, in which an IN list of parameters is searched element by element
     * for every row read (1,000 lots × every stored row, seconds per batch); a join hashes or probes the index instead.
     */

    @Override
    public Map<String, Long> customerIdsByCode(Collection<String> codes) {
        Map<String, Long> ids = new HashMap<>();
        List<String> distinct = codes.stream().distinct().toList();
        if (!distinct.isEmpty()) {
            String values = String.join(", ", java.util.Collections.nCopies(distinct.size(), "(CAST(? AS VARCHAR(40)))"));
            jdbc.query("SELECT c.id, c.code FROM customer c JOIN (VALUES " + values + ") v(code) ON c.code = v.code",
                    rs -> {
                        ids.put(rs.getString("code"), rs.getLong("id"));
                    }, distinct.toArray());
        }
        return ids;
    }

    @Override
    public List<StoredLot> lotsOf(Collection<LotKey> keys) {
        List<LotKey> distinct = keys.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return List.of();
        }
        String values = String.join(", ", java.util.Collections.nCopies(distinct.size(), "(CAST(? AS VARCHAR(60)), CAST(? AS BIGINT))"));
        Object[] args = distinct.stream().flatMap(key -> java.util.stream.Stream.of(key.lot(), key.customerId())).toArray();
        List<StoredLot> stored = new ArrayList<>(jdbc.query("""
                SELECT d.id, d.customer_id, d.lot, d.delivered_on, d.quantity FROM delivery d
                JOIN (VALUES %s) v(lot, customer_id) ON d.lot = v.lot AND d.customer_id = v.customer_id""".formatted(values),
                (rs, row) -> new StoredLot(MovementKind.DELIVERY, rs.getLong("id"), rs.getLong("customer_id"),
                        rs.getString("lot"), rs.getDate("delivered_on").toLocalDate(), null, rs.getLong("quantity")), args));
        stored.addAll(jdbc.query("""
                SELECT r.id, r.customer_id, r.lot, r.returned_on, r.defect_reason, r.quantity FROM product_return r
                JOIN (VALUES %s) v(lot, customer_id) ON r.lot = v.lot AND r.customer_id = v.customer_id""".formatted(values),
                (rs, row) -> new StoredLot(MovementKind.RETURN, rs.getLong("id"), rs.getLong("customer_id"),
                        rs.getString("lot"), rs.getDate("returned_on").toLocalDate(), rs.getString("defect_reason"),
                        rs.getLong("quantity")), args));
        return stored;
    }

    @Override
    public Set<PeriodTotalKey> periodTotalsOf(Collection<Long> customerIds) {
        Set<PeriodTotalKey> keys = new HashSet<>();
        if (customerIds.isEmpty()) {
            return keys;
        }
        named.query("""
                SELECT 'DELIVERY' AS kind, customer_id, period FROM delivery WHERE period IS NOT NULL AND customer_id IN (:ids)
                UNION ALL
                SELECT 'RETURN', customer_id, period FROM product_return WHERE period IS NOT NULL AND customer_id IN (:ids)""",
                new MapSqlParameterSource("ids", customerIds), rs -> {
                    keys.add(new PeriodTotalKey(rs.getLong("customer_id"), MovementKind.valueOf(rs.getString("kind")),
                            Period.of(rs.getString("period"))));
                });
        return keys;
    }

    @Override
    public void write(List<LotWrite> writes, Instant at) {
        if (writes.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        List<Object[]> newDeliveries = new ArrayList<>();
        List<Object[]> changedDeliveries = new ArrayList<>();
        List<Object[]> newReturns = new ArrayList<>();
        List<Object[]> changedReturns = new ArrayList<>();
        for (LotWrite write : writes) {
            DeliveryLine line = write.line();
            Date day = Date.valueOf(line.date());
            if (line.kind() == MovementKind.DELIVERY) {
                if (write.id() == null) {
                    newDeliveries.add(new Object[] {write.customerId(), line.lot(), day, line.quantity(), now, now});
                } else {
                    changedDeliveries.add(new Object[] {day, line.quantity(), now, write.id()});
                }
            } else if (write.id() == null) {
                newReturns.add(new Object[] {write.customerId(), line.lot(), day, line.quantity(), line.defectReason(), now, now});
            } else {
                changedReturns.add(new Object[] {line.quantity(), now, write.id()});
            }
        }
        insert("INSERT INTO delivery (customer_id, lot, delivered_on, quantity, created_at, updated_at) VALUES ",
                newDeliveries);
        batch("UPDATE delivery SET delivered_on = ?, quantity = ?, updated_at = ? WHERE id = ?", changedDeliveries);
        insert("INSERT INTO product_return (customer_id, lot, returned_on, quantity, defect_reason, created_at, updated_at)"
                + " VALUES ", newReturns);
        batch("UPDATE product_return SET quantity = ?, updated_at = ? WHERE id = ?", changedReturns);
        audit(writes, now);
    }

    /**
     * The audit trail of what {@link #write} changed, as Envers would have kept it: one revision (now, the acting
     * user) and each new or changed row as it stands after the change, found by its natural key or its id.
     */
    private void audit(List<LotWrite> writes, OffsetDateTime now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO audit_revision (at, actor) VALUES (?, ?)", new String[] {"id"});
            statement.setObject(1, now);
            String actor = AuditActors.current();
            statement.setString(2, actor.length() <= 100 ? actor : actor.substring(0, 100));
            return statement;
        }, key);
        long revision = key.getKey().longValue();
        String deliveryColumns = "d.customer_id, d.lot, d.period, d.delivered_on, d.quantity, d.notes";
        String returnColumns = "r.customer_id, r.lot, r.period, r.returned_on, r.quantity, r.defect_reason, r.notes";
        List<Object[]> newDeliveries = new ArrayList<>();
        List<Object[]> newReturns = new ArrayList<>();
        List<Object[]> changedDeliveries = new ArrayList<>();
        List<Object[]> changedReturns = new ArrayList<>();
        for (LotWrite write : writes) {
            DeliveryLine line = write.line();
            boolean delivery = line.kind() == MovementKind.DELIVERY;
            if (write.id() != null) {
                (delivery ? changedDeliveries : changedReturns).add(new Object[] {write.id()});
            } else if (delivery) {
                newDeliveries.add(new Object[] {line.lot(), write.customerId()});
            } else {
                newReturns.add(new Object[] {line.lot(), write.customerId(), Date.valueOf(line.date()), line.defectReason()});
            }
        }
        auditRows("INSERT INTO delivery_aud (id, rev, revtype, customer_id, lot, period, delivered_on, quantity, notes)"
                + " SELECT d.id, " + revision + ", 0, " + deliveryColumns + " FROM delivery d JOIN (VALUES %s) v(lot, customer_id)"
                + " ON d.lot = v.lot AND d.customer_id = v.customer_id", "(CAST(? AS VARCHAR(60)), CAST(? AS BIGINT))", newDeliveries);
        auditRows("INSERT INTO delivery_aud (id, rev, revtype, customer_id, lot, period, delivered_on, quantity, notes)"
                + " SELECT d.id, " + revision + ", 1, " + deliveryColumns + " FROM delivery d JOIN (VALUES %s) v(id)"
                + " ON d.id = v.id", "(CAST(? AS BIGINT))", changedDeliveries);
        auditRows("INSERT INTO product_return_aud (id, rev, revtype, customer_id, lot, period, returned_on, quantity,"
                + " defect_reason, notes) SELECT r.id, " + revision + ", 0, " + returnColumns + " FROM product_return r"
                + " JOIN (VALUES %s) v(lot, customer_id, returned_on, defect_reason) ON r.lot = v.lot"
                + " AND r.customer_id = v.customer_id AND r.returned_on = v.returned_on AND r.defect_reason = v.defect_reason",
                "(CAST(? AS VARCHAR(60)), CAST(? AS BIGINT), CAST(? AS DATE), CAST(? AS VARCHAR(200)))", newReturns);
        auditRows("INSERT INTO product_return_aud (id, rev, revtype, customer_id, lot, period, returned_on, quantity,"
                + " defect_reason, notes) SELECT r.id, " + revision + ", 1, " + returnColumns + " FROM product_return r"
                + " JOIN (VALUES %s) v(id) ON r.id = v.id", "(CAST(? AS BIGINT))", changedReturns);
    }

    private void auditRows(String sql, String tuple, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            jdbc.update(sql.formatted(String.join(", ", java.util.Collections.nCopies(chunk.size(), tuple))),
                    chunk.stream().flatMap(java.util.Arrays::stream).toArray());
        }
    }

    /** Inserts with multi-row VALUES, {@value #ROWS_PER_INSERT} rows a statement: one round trip instead of one per row. */
    private void insert(String head, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            String tuple = "(" + String.join(", ", java.util.Collections.nCopies(chunk.get(0).length, "?")) + ")";
            String sql = head + String.join(", ", java.util.Collections.nCopies(chunk.size(), tuple));
            jdbc.update(sql, chunk.stream().flatMap(java.util.Arrays::stream).toArray());
        }
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }

    @Override
    public boolean hasLotsIn(MovementKind kind, long customerId, Period period) {
        String sql = kind == MovementKind.DELIVERY
                ? "SELECT COUNT(*) FROM delivery WHERE customer_id = :customer AND lot IS NOT NULL AND delivered_on BETWEEN :first AND :last"
                : "SELECT COUNT(*) FROM product_return WHERE customer_id = :customer AND lot IS NOT NULL AND returned_on BETWEEN :first AND :last";
        Long count = named.queryForObject(sql, span(period).addValue("customer", customerId), Long.class);
        return count != null && count > 0;
    }
}
