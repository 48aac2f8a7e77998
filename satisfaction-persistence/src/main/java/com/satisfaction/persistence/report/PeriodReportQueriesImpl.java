package com.satisfaction.persistence.report;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link PeriodReportQueries} in plain SQL that runs on PostgreSQL and on H2 in PostgreSQL mode. */
class PeriodReportQueriesImpl implements PeriodReportQueries {


    private final JdbcTemplate jdbc;

    PeriodReportQueriesImpl(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Boolean> lockSigned(String period) {
        return jdbc.query("SELECT signed_at IS NOT NULL FROM period_report WHERE period_id = ? FOR UPDATE",
                (rs, n) -> rs.getBoolean(1), period).stream().findFirst();
    }

    @Override
    public void createIfAbsent(String period, Instant at, String by) {
        jdbc.update("INSERT INTO period_report (period_id, updated_at, updated_by) VALUES (?, ?, ?)"
                + " ON CONFLICT DO NOTHING", period, Timestamp.from(at), by);
    }

    @Override
    public boolean updateConclusion(String period, String conclusion, String measures, String nextTargets, Instant at,
                                    String by) {
        return jdbc.update("UPDATE period_report SET conclusion = ?, measures = ?, next_targets = ?, updated_at = ?,"
                + " updated_by = ? WHERE period_id = ? AND signed_at IS NULL", conclusion, measures, nextTargets,
                Timestamp.from(at), by, period) == 1;
    }

    @Override
    public boolean signOff(String period, Instant at, String by, long snapshotId) {
        return jdbc.update("UPDATE period_report SET signed_at = ?, signed_by = ?, signed_snapshot_id = ?"
                + " WHERE period_id = ? AND signed_at IS NULL", Timestamp.from(at), by, snapshotId, period) == 1;
    }

    @Override
    public boolean clearSignOff(String period) {
        return jdbc.update("UPDATE period_report SET signed_at = NULL, signed_by = NULL, signed_snapshot_id = NULL"
                + " WHERE period_id = ? AND signed_at IS NOT NULL", period) == 1;
    }

    @Override
    public void logEvent(String period, Instant at, String actor, String kind) {
        jdbc.update("INSERT INTO period_report_event (period_id, at, actor, kind) VALUES (?, ?, ?, ?)", period,
                Timestamp.from(at), actor, kind);
    }

    @Override
    public List<ReportEventRow> reportEvents(String period) {
        return jdbc.query("SELECT at, actor, kind FROM period_report_event WHERE period_id = ? ORDER BY at, id",
                (rs, n) -> new ReportEventRow(instant(rs, 1), rs.getString(2), rs.getString(3)), period);
    }

    @Override
    public List<CampaignPlanRow> campaignsOf(String period) {
        return jdbc.query("SELECT k.id, k.name, s.title_zh, s.title_en, MIN(r.sent_at), MAX(r.sent_at), k.closes_at,"
                + " k.reminder_days, COUNT(r.id), COUNT(r.answered_at), k.created_at"
                + " FROM campaign k JOIN survey s ON s.id = k.survey_id LEFT JOIN recipient r ON r.campaign_id = k.id"
                + " WHERE k.period = ? GROUP BY k.id, k.name, s.title_zh, s.title_en, k.closes_at, k.reminder_days,"
                + " k.created_at ORDER BY k.created_at, k.id",
                (rs, n) -> new CampaignPlanRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        instant(rs, 5), instant(rs, 6), instant(rs, 7), rs.getObject(8, Integer.class), rs.getLong(9),
                        rs.getLong(10)), period);
    }

    @Override
    public List<SuggestionRow> suggestions(String period) {
        return jdbc.query("SELECT c.code, c.name, r.submitted_at, q.text_zh, q.text_en, a.text_value"
                + " FROM answer a JOIN response r ON r.id = a.response_id JOIN question q ON q.id = a.question_id"
                + " LEFT JOIN customer c ON c.id = r.customer_id"
                + " WHERE r.period = ? AND r.excluded_reason IS NULL AND q.type = 'TEXT'"
                + " AND a.text_value IS NOT NULL AND TRIM(a.text_value) <> ''"
                + " ORDER BY c.code, r.submitted_at, r.id, q.position",
                (rs, n) -> new SuggestionRow(rs.getString(1), rs.getString(2), instant(rs, 3), rs.getString(4),
                        rs.getString(5), rs.getString(6)), period);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
