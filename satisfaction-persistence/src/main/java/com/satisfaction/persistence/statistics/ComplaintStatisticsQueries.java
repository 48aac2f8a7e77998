package com.satisfaction.persistence.statistics;

import com.satisfaction.core.complaint.Category;
import com.satisfaction.core.complaint.HandlingTargets;
import com.satisfaction.core.complaint.Severity;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The complaint statistics, answered by one SQL aggregate over the {@code complaint} table for any number of time
 * windows (a year's twelve months and the year itself): per window the complaints received in it, by category and by
 * severity, closed and open, handling times in seconds (count, sum and {@code percentile_cont(0.5)}), overdue now, and
 * the ratings of satisfaction with handling (count and sum). Durations are computed in seconds, with fractions, from
 * {@code EXTRACT(EPOCH FROM …)} and summed as exact decimals; only the median goes through {@code double precision}
 * (what {@code percentile_cont} takes on PostgreSQL). Nothing is rounded here.
 *
 * <p>Overdue follows {@link HandlingTargets#overdue}: not resolved ({@code resolved_at} null) and, at {@code now},
 * past its resolution deadline, or still unacknowledged past its acknowledgement deadline; the targets per severity
 * are passed as parameters. The same SQL runs on PostgreSQL and on H2 in PostgreSQL mode ({@code FILTER},
 * {@code PERCENTILE_CONT … WITHIN GROUP}, a {@code VALUES} list of windows).
 */
public class ComplaintStatisticsQueries {

    /** The complaint categories of the V1 check constraint, in the order their counts are returned. */
    public static final List<String> CATEGORIES = Arrays.stream(Category.values()).map(Enum::name).toList();

    private static final List<Severity> SEVERITIES = List.of(Severity.values());

    private final NamedParameterJdbcTemplate jdbc;

    public ComplaintStatisticsQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures of each window, in the order of {@code windows}; a window without complaints has zeros and nulls. */
    public List<ComplaintWindowFigures> figuresByWindow(List<TimeWindow> windows, HandlingTargets targets, Instant now) {
        Objects.requireNonNull(targets, "targets");
        Objects.requireNonNull(now, "now");
        if (windows.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            TimeWindow window = windows.get(i);
            parameters.addValue("key" + i, window.key());
            parameters.addValue("from" + i, window.from().atOffset(ZoneOffset.UTC));
            parameters.addValue("until" + i, window.until().atOffset(ZoneOffset.UTC));
            rows.add("(CAST(:key" + i + " AS INTEGER), CAST(:from" + i + " AS TIMESTAMP WITH TIME ZONE), CAST(:until"
                    + i + " AS TIMESTAMP WITH TIME ZONE))");
        }
        parameters.addValue("earliest", windows.stream().map(TimeWindow::from).min(Comparator.naturalOrder())
                .orElseThrow().atOffset(ZoneOffset.UTC));
        parameters.addValue("latest", windows.stream().map(TimeWindow::until).max(Comparator.naturalOrder())
                .orElseThrow().atOffset(ZoneOffset.UTC));
        parameters.addValue("now", BigDecimal.valueOf(now.getEpochSecond()).add(BigDecimal.valueOf(now.getNano(), 9)));
        for (Severity severity : SEVERITIES) {
            parameters.addValue("acknowledge" + severity, targets.of(severity).acknowledgeWithin().toSeconds());
            parameters.addValue("resolve" + severity, targets.of(severity).resolveWithin().toSeconds());
        }
        List<ComplaintWindowFigures> figures = jdbc.query(sql(String.join(",\n", rows)), parameters, this::figures);
        return windows.stream().map(window -> figures.stream().filter(f -> f.key() == window.key()).findFirst()
                .orElseThrow()).toList();
    }

    private static String sql(String windowRows) {
        StringBuilder counts = new StringBuilder();
        for (int i = 0; i < CATEGORIES.size(); i++) {
            counts.append("       COUNT(c.id) FILTER (WHERE c.category = '").append(CATEGORIES.get(i))
                    .append("') AS category_").append(i).append(",\n");
        }
        for (int i = 0; i < SEVERITIES.size(); i++) {
            counts.append("       COUNT(c.id) FILTER (WHERE c.severity = '").append(SEVERITIES.get(i).name())
                    .append("') AS severity_").append(i).append(",\n");
        }
        return """
                SELECT w.window_key,
                       COUNT(c.id) AS received,
                %s       COUNT(c.id) FILTER (WHERE c.status = 'CLOSED') AS closed,
                       COUNT(c.acknowledge_seconds) AS acknowledged,
                       SUM(c.acknowledge_seconds) AS acknowledge_total,
                       PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY CAST(c.acknowledge_seconds AS DOUBLE PRECISION))
                           AS acknowledge_median,
                       COUNT(c.resolve_seconds) AS resolved,
                       SUM(c.resolve_seconds) AS resolve_total,
                       PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY CAST(c.resolve_seconds AS DOUBLE PRECISION))
                           AS resolve_median,
                       COUNT(c.id) FILTER (WHERE c.overdue) AS overdue,
                       COUNT(c.handling_satisfaction) AS rated,
                       COALESCE(SUM(c.handling_satisfaction), 0) AS rating_total
                FROM (VALUES
                %s) AS w (window_key, starts_at, ends_at)
                LEFT JOIN (
                    SELECT t.id, t.category, t.severity, t.status, t.received_at, t.handling_satisfaction,
                           EXTRACT(EPOCH FROM t.acknowledged_at) - EXTRACT(EPOCH FROM t.received_at)
                               AS acknowledge_seconds,
                           EXTRACT(EPOCH FROM t.resolved_at) - EXTRACT(EPOCH FROM t.received_at) AS resolve_seconds,
                           (t.resolved_at IS NULL
                            AND (:now - EXTRACT(EPOCH FROM t.received_at) > %s
                                 OR (t.acknowledged_at IS NULL AND :now - EXTRACT(EPOCH FROM t.received_at) > %s)))
                               AS overdue
                    FROM complaint t
                    WHERE t.received_at >= :earliest AND t.received_at < :latest
                ) c ON c.received_at >= w.starts_at AND c.received_at < w.ends_at
                GROUP BY w.window_key
                ORDER BY w.window_key
                """.formatted(counts, windowRows, targetBySeverity("resolve"), targetBySeverity("acknowledge"));
    }

    /** The target in seconds for the complaint's severity, e.g. {@code CASE t.severity WHEN 'LOW' THEN :resolveLOW … END}. */
    private static String targetBySeverity(String step) {
        StringBuilder sql = new StringBuilder("CASE t.severity");
        for (Severity severity : SEVERITIES) {
            sql.append(" WHEN '").append(severity.name()).append("' THEN :").append(step).append(severity.name());
        }
        return sql.append(" END").toString();
    }

    private ComplaintWindowFigures figures(ResultSet rs, int row) throws SQLException {
        List<Long> byCategory = new ArrayList<>();
        for (int i = 0; i < CATEGORIES.size(); i++) {
            byCategory.add(rs.getLong("category_" + i));
        }
        List<Long> bySeverity = new ArrayList<>();
        for (int i = 0; i < SEVERITIES.size(); i++) {
            bySeverity.add(rs.getLong("severity_" + i));
        }
        return new ComplaintWindowFigures(rs.getInt("window_key"), rs.getLong("received"), byCategory, bySeverity,
                rs.getLong("closed"), rs.getLong("acknowledged"), decimal(rs, "acknowledge_total"),
                decimal(rs, "acknowledge_median"), rs.getLong("resolved"), decimal(rs, "resolve_total"),
                decimal(rs, "resolve_median"), rs.getLong("overdue"), rs.getLong("rated"), rs.getLong("rating_total"));
    }

    /** A sum or median as an exact decimal of what the database returned ({@code null} over no row). */
    private static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal exact ? exact : new BigDecimal(value.toString());
    }
}
