package com.satisfaction.persistence.period;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads closed half-years' customer rows ({@code period_snapshot_customer}) for the dashboard: a filtered, sorted page
 * in SQL, every row streamed (never held all at once) for the breakdowns, one customer's row, and a customer's closed
 * half-years. A plain class: persistence has no component scan of its own.
 */
public class SnapshotCustomerQueries {

    private static final String COLUMNS = "customer_id, code, name, region, industry, value_tier, annual_value,"
            + " key_account, answered, responses, survey_score, delivered, returned, lost, praise, claims, survey_part,"
            + " returns_part, lost_part, praise_part, claims_part, composite, verdict, level, segment, flags";

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;

    public SnapshotCustomerQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        // rows are fetched in batches (PostgreSQL streams only inside a transaction and with a fetch size)
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(500);
    }

    /** The customers of the snapshot {@code filter} lets through, in {@code order}: at most {@code limit} from {@code offset}. */
    public List<CustomerScore> page(long snapshotId, CustomerFilter filter, CustomerOrder order, boolean descending,
                                    int offset, int limit) {
        CustomerFilter.Condition where = filter.where();
        List<Object> args = new ArrayList<>();
        args.add(snapshotId);
        args.addAll(where.args());
        args.add(offset);
        args.add(limit);
        return jdbc.query("SELECT " + COLUMNS + " FROM period_snapshot_customer WHERE snapshot_id = ?" + where.sql()
                        + " ORDER BY " + order.orderBy(descending) + " OFFSET ? ROWS FETCH FIRST ? ROWS ONLY",
                PeriodQueriesImpl::snapshotCustomer, args.toArray());
    }

    /** How many customers of the snapshot {@code filter} lets through. */
    public long count(long snapshotId, CustomerFilter filter) {
        CustomerFilter.Condition where = filter.where();
        List<Object> args = new ArrayList<>();
        args.add(snapshotId);
        args.addAll(where.args());
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM period_snapshot_customer WHERE snapshot_id = ?"
                + where.sql(), Long.class, args.toArray());
        return count == null ? 0 : count;
    }

    /** The regions of the snapshot's customers, sorted, without the missing one. */
    public List<String> regions(long snapshotId) {
        return jdbc.queryForList("SELECT DISTINCT region FROM period_snapshot_customer WHERE snapshot_id = ?"
                + " AND region IS NOT NULL ORDER BY region", String.class, snapshotId);
    }

    /** Hands every customer of the snapshot to {@code each}, by code, fetched in batches; call inside a transaction. */
    public void forEach(long snapshotId, Consumer<CustomerScore> each) {
        int[] row = {0};
        streaming.query("SELECT " + COLUMNS + " FROM period_snapshot_customer WHERE snapshot_id = ? ORDER BY code",
                rs -> {
                    each.accept(PeriodQueriesImpl.snapshotCustomer(rs, row[0]++));
                }, snapshotId);
    }

    /** One customer's row of the snapshot; empty when it was not a customer of that half-year. */
    public Optional<CustomerScore> customer(long snapshotId, long customerId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM period_snapshot_customer WHERE snapshot_id = ? AND customer_id = ?",
                PeriodQueriesImpl::snapshotCustomer, snapshotId, customerId).stream().findFirst();
    }

    /** A customer's rows of every closed half-year, newest first. */
    public List<ClosedHalfYear> closedHalfYearsOf(long customerId) {
        return jdbc.query("SELECT p.id AS period_id, " + COLUMNS.replaceAll("(^|, )", "$1c.")
                        + " FROM period p JOIN period_snapshot_customer c ON c.snapshot_id = p.snapshot_id"
                        + " WHERE p.status = 'CLOSED' AND c.customer_id = ? ORDER BY p.id DESC",
                (rs, n) -> new ClosedHalfYear(rs.getString("period_id"), PeriodQueriesImpl.snapshotCustomer(rs, n)),
                customerId);
    }

    /** A customer's row of a closed half-year. */
    public record ClosedHalfYear(String period, CustomerScore score) {
    }
}
