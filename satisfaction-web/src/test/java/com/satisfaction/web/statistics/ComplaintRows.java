package com.satisfaction.web.statistics;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * Complaints written straight into the V1 {@code complaint} table, as complaint handling keeps it: received at a
 * local time in Shanghai, acknowledged and resolved so many hours later (or not), a status and a rating.
 */
final class ComplaintRows {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /**
     * @param received     "MM-ddTHH:mm" in Shanghai, in the year the rows are inserted for; or a full
     *                     "yyyy-MM-ddTHH:mm" for a row of another year
     * @param acknowledged hours from receipt to the first acknowledgement, null if not acknowledged
     * @param resolved     hours from receipt to resolution, null while not resolved
     */
    record Row(String category, String severity, String received, Double acknowledged, Double resolved,
               String status, Integer rating) {

        OffsetDateTime receivedAt(int year) {
            String local = received.length() == 11 ? year + "-" + received : received;
            return LocalDateTime.parse(local).atZone(SHANGHAI).toOffsetDateTime();
        }

        OffsetDateTime acknowledgedAt(int year) {
            return acknowledged == null ? null : receivedAt(year).plusSeconds(Math.round(acknowledged * 3600));
        }

        OffsetDateTime resolvedAt(int year) {
            return resolved == null ? null : receivedAt(year).plusSeconds(Math.round(resolved * 3600));
        }
    }

    /**
     * Fourteen complaints of one year and one of the next, worked out by hand in {@code ComplaintStatisticsTest}:
     * January five (odd count), February two (even), March none, April three, May one received at 03:00 on 1 May in
     * Shanghai (still 30 April in UTC), June three around "now" (20 June 12:00), and one at 00:30 on 1 January of
     * the next year in Shanghai (still this year in UTC).
     */
    static final List<Row> A_YEAR = List.of(
            new Row("QUALITY", "HIGH", "01-10T09:00", 2.25, 48.0, "CLOSED", 5),
            new Row("QUALITY", "MEDIUM", "01-12T09:00", 4.5, 100.0, "CLOSED", 4),
            new Row("DELIVERY", "LOW", "01-15T09:00", 10.0, 30.0, "CLOSED", 4),
            new Row("PACKAGING", "CRITICAL", "01-20T09:00", 1.0, 20.0, "RESOLVED", null),
            new Row("SERVICE", "HIGH", "01-25T09:00", 3.0, null, "INVESTIGATING", null),
            new Row("PRICE", "LOW", "02-05T10:00", 6.0, 72.0, "CLOSED", 2),
            new Row("OTHER", "MEDIUM", "02-18T10:00", 12.0, null, "ACKNOWLEDGED", null),
            new Row("QUALITY", "CRITICAL", "04-02T08:00", null, null, "RECEIVED", null),
            new Row("DELIVERY", "HIGH", "04-10T08:00", 0.5, 156.0, "FOLLOWED_UP", 3),
            new Row("SERVICE", "LOW", "04-20T08:00", 70.0, 240.0, "CLOSED", 3),
            new Row("PRICE", "LOW", "05-01T03:00", 1.0, 24.0, "CLOSED", 5),
            new Row("QUALITY", "HIGH", "06-20T08:00", null, null, "RECEIVED", null),
            new Row("PACKAGING", "CRITICAL", "06-19T12:00", 2.0, null, "ACKNOWLEDGED", null),
            new Row("OTHER", "MEDIUM", "06-18T12:00", null, null, "RECEIVED", null));

    /** Received at 00:30 on 1 January of the year after, in Shanghai: not part of the year. */
    static Row nextNewYear(int year) {
        return new Row("QUALITY", "LOW", (year + 1) + "-01-01T00:30", null, null, "RECEIVED", null);
    }

    private ComplaintRows() {
    }

    /** Inserts the rows for {@code year} for a new customer, recorded by the user {@code firstResponderId}. */
    static void insert(JdbcTemplate jdbc, int year, long firstResponderId, List<Row> rows) {
        String code = "ST-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("INSERT INTO customer (code, name, active, key_account, created_at) VALUES (?, ?, TRUE, FALSE, ?)",
                code, "统计客户 " + code, OffsetDateTime.now());
        long customerId = jdbc.queryForObject("SELECT id FROM customer WHERE code = ?", Long.class, code);
        for (Row row : rows) {
            jdbc.update("""
                    INSERT INTO complaint (customer_id, channel, category, severity, description, received_at,
                                           first_responder_id, status, handling_satisfaction, acknowledged_at,
                                           resolved_at, closed_at)
                    VALUES (?, 'PHONE', ?, ?, 'statistics test', ?, ?, ?, ?, ?, ?, ?)""",
                    customerId, row.category(), row.severity(), row.receivedAt(year), firstResponderId, row.status(),
                    row.rating(), row.acknowledgedAt(year), row.resolvedAt(year),
                    row.status().equals("CLOSED") ? row.receivedAt(year).plusDays(20) : null);
        }
    }
}
