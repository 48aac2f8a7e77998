package com.satisfaction.persistence.record;

import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Plain SQL on the complaint table, in the caller's transaction (the connection is the JPA transaction's). */
class ComplaintChoicesImpl implements ComplaintChoices {

    private static final int EXCERPT = 60;

    private final JdbcClient jdbc;

    ComplaintChoicesImpl(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public List<ComplaintChoice> complaintsOf(long customerId) {
        return jdbc.sql("""
                        SELECT id, received_at, SUBSTRING(description, 1, %d) AS excerpt FROM complaint
                        WHERE customer_id = :customerId ORDER BY received_at DESC, id DESC FETCH FIRST %d ROWS ONLY"""
                        .formatted(EXCERPT, MOST))
                .param("customerId", customerId)
                .query((rs, row) -> new ComplaintChoice(rs.getLong("id"),
                        rs.getObject("received_at", OffsetDateTime.class).toInstant(), rs.getString("excerpt")))
                .list();
    }

    @Override
    public Optional<Long> customerOfComplaint(long complaintId) {
        return jdbc.sql("SELECT customer_id FROM complaint WHERE id = :id").param("id", complaintId)
                .query(Long.class).optional();
    }
}
