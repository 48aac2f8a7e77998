package com.satisfaction.persistence.record;

import com.satisfaction.core.period.Period;
import com.satisfaction.core.record.CustomerRecords;
import com.satisfaction.core.record.Money;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One aggregate over the three tables: every record dated in the period becomes one row (praise, claim with its
 * amount and currency, or lost business), grouped by customer and currency. A customer's praise and lost business
 * land in its group without a currency; its claims in one group per currency. The same SQL runs on H2 and PostgreSQL.
 */
class RecordFiguresImpl implements RecordFigures {

    private static final String PER_CUSTOMER_AND_CURRENCY = """
            SELECT r.customer_id, r.currency, SUM(r.praise) AS praises, SUM(r.claim) AS claims,
                   SUM(r.lost) AS lost, SUM(r.amount) AS claimed
            FROM (
                SELECT customer_id, CAST(NULL AS CHAR(3)) AS currency, 1 AS praise, 0 AS claim, 0 AS lost,
                       CAST(NULL AS NUMERIC(19, 4)) AS amount
                FROM praise WHERE praised_on BETWEEN :from AND :to
                UNION ALL
                SELECT customer_id, currency, 0, 1, 0, amount
                FROM claim WHERE claimed_on BETWEEN :from AND :to
                UNION ALL
                SELECT customer_id, CAST(NULL AS CHAR(3)), 0, 0, 1, CAST(NULL AS NUMERIC(19, 4))
                FROM lost_business WHERE lost_on BETWEEN :from AND :to
            ) r
            WHERE %s
            GROUP BY r.customer_id, r.currency
            ORDER BY r.customer_id, r.currency""";

    private static final String CUSTOMERS_LOST = """
            SELECT DISTINCT customer_id FROM lost_business
            WHERE lost_on BETWEEN :from AND :to AND kind = 'CUSTOMER' AND %s
            ORDER BY customer_id""";

    private final JdbcClient jdbc;

    RecordFiguresImpl(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public List<CustomerRecords> customerRecords(Period period) {
        return fold(jdbc.sql(PER_CUSTOMER_AND_CURRENCY.formatted("1 = 1"))
                .param("from", period.startDate()).param("to", period.endDate())
                .query(RecordFiguresImpl::group).list());
    }

    @Override
    public List<CustomerRecords> customerRecords(Period period, Collection<Long> customers) {
        if (customers.isEmpty()) {
            return List.of();
        }
        return fold(jdbc.sql(PER_CUSTOMER_AND_CURRENCY.formatted("r.customer_id IN (:customers)"))
                .param("from", period.startDate()).param("to", period.endDate()).param("customers", customers)
                .query(RecordFiguresImpl::group).list());
    }

    @Override
    public List<Long> customersLost(Period period) {
        return jdbc.sql(CUSTOMERS_LOST.formatted("1 = 1"))
                .param("from", period.startDate()).param("to", period.endDate()).query(Long.class).list();
    }

    @Override
    public List<Long> customersLost(Period period, Collection<Long> customers) {
        if (customers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(CUSTOMERS_LOST.formatted("customer_id IN (:customers)"))
                .param("from", period.startDate()).param("to", period.endDate()).param("customers", customers)
                .query(Long.class).list();
    }

    @Override
    public CustomerRecords customerRecords(long customerId, Period period) {
        List<CustomerRecords> records = fold(jdbc.sql(PER_CUSTOMER_AND_CURRENCY.formatted("r.customer_id = :customerId"))
                .param("from", period.startDate()).param("to", period.endDate()).param("customerId", customerId)
                .query(RecordFiguresImpl::group).list());
        return records.isEmpty() ? CustomerRecords.nothingRecorded(customerId) : records.get(0);
    }

    @Override
    public PeriodRecords periodRecords(Period period) {
        Map<String, Object> counts = jdbc.sql("""
                        SELECT (SELECT COUNT(*) FROM praise WHERE praised_on BETWEEN :from AND :to) AS praises,
                               (SELECT COUNT(*) FROM claim WHERE claimed_on BETWEEN :from AND :to) AS claims,
                               (SELECT COUNT(*) FROM lost_business WHERE lost_on BETWEEN :from AND :to) AS lost,
                               (SELECT COUNT(DISTINCT customer_id) FROM lost_business
                                WHERE lost_on BETWEEN :from AND :to AND kind = 'CUSTOMER') AS customers_lost""")
                .param("from", period.startDate()).param("to", period.endDate())
                .query().singleRow();
        List<Money> claimed = jdbc.sql("""
                        SELECT currency, SUM(amount) AS total FROM claim WHERE claimed_on BETWEEN :from AND :to
                        GROUP BY currency ORDER BY currency""")
                .param("from", period.startDate()).param("to", period.endDate())
                .query((rs, row) -> money(rs.getBigDecimal("total"), rs.getString("currency"))).list();
        return new PeriodRecords(period, number(counts, "praises"), number(counts, "claims"), claimed,
                number(counts, "lost"), number(counts, "customers_lost"));
    }

    private record Group(long customerId, String currency, long praises, long claims, long lost, BigDecimal claimed) {
    }

    private static Group group(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Group(rs.getLong("customer_id"), rs.getString("currency"), rs.getLong("praises"),
                rs.getLong("claims"), rs.getLong("lost"), rs.getBigDecimal("claimed"));
    }

    /** The groups of each customer (adjacent, as ordered by customer) made into one figure. */
    private static List<CustomerRecords> fold(List<Group> groups) {
        Map<Long, List<Group>> byCustomer = new LinkedHashMap<>();
        for (Group group : groups) {
            byCustomer.computeIfAbsent(group.customerId(), id -> new ArrayList<>()).add(group);
        }
        List<CustomerRecords> records = new ArrayList<>(byCustomer.size());
        byCustomer.forEach((customerId, ofCustomer) -> {
            List<Money> claimed = ofCustomer.stream().filter(g -> g.currency() != null)
                    .map(g -> money(g.claimed(), g.currency())).toList();
            records.add(new CustomerRecords(customerId,
                    Math.toIntExact(ofCustomer.stream().mapToLong(Group::praises).sum()),
                    Math.toIntExact(ofCustomer.stream().mapToLong(Group::claims).sum()), claimed,
                    Math.toIntExact(ofCustomer.stream().mapToLong(Group::lost).sum())));
        });
        return records;
    }

    private static Money money(BigDecimal amount, String currency) {
        return Money.of(amount, Currency.getInstance(currency.strip()));
    }

    private static long number(Map<String, Object> row, String column) {
        return row.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(column))
                .map(e -> ((Number) e.getValue()).longValue()).findFirst().orElseThrow();
    }
}
