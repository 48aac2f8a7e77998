package com.satisfaction.persistence.dashboard;

import com.satisfaction.core.action.ActionStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Counts of the operational record for a half-year's dashboard, each one SQL aggregate. A plain class: persistence has
 * no component scan of its own.
 */
public class DashboardQueries {

    private final JdbcTemplate jdbc;

    public DashboardQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The complaints received in {@code [from, until)} and how many of them are not closed now.
     */
    public ComplaintCounts complaints(Instant from, Instant until) {
        return jdbc.queryForObject("SELECT COUNT(*), COUNT(*) FILTER (WHERE status <> 'CLOSED') FROM complaint"
                        + " WHERE received_at >= ? AND received_at < ?",
                (rs, n) -> new ComplaintCounts(rs.getLong(1), rs.getLong(2)), Timestamp.from(from), Timestamp.from(until));
    }

    /**
     * The improvement actions due in {@code [first, last]} and how many of them are unfinished past their due date on
     * {@code today}.
     */
    public ActionCounts actions(LocalDate first, LocalDate last, LocalDate today) {
        return jdbc.queryForObject("SELECT COUNT(*), COUNT(*) FILTER (WHERE status IN ('OPEN', 'IN_PROGRESS')"
                        + " AND due_date < ?) FROM improvement_action WHERE due_date >= ? AND due_date <= ?",
                (rs, n) -> new ActionCounts(rs.getLong(1), rs.getLong(2)), Date.valueOf(today), Date.valueOf(first),
                Date.valueOf(last));
    }

    /**
     * The actions made from a review flag that were finished (last set DONE) in {@code [from, until)} and are DONE or
     * VERIFIED now, oldest first.
     */
    public List<FinishedFlagAction> flagActionsFinished(Instant from, Instant until) {
        return jdbc.query("SELECT a.id, a.title, a.status, a.flag_period, a.flag_customer_id, a.flag_code, c.code,"
                        + " c.name, d.done_at FROM improvement_action a JOIN customer c ON c.id = a.flag_customer_id"
                        + " JOIN (SELECT action_id, MAX(occurred_at) AS done_at FROM action_event"
                        + "       WHERE to_status = 'DONE' GROUP BY action_id) d ON d.action_id = a.id"
                        + " WHERE a.source = 'FLAG' AND a.status IN ('DONE', 'VERIFIED')"
                        + "   AND d.done_at >= ? AND d.done_at < ? ORDER BY d.done_at, a.id",
                (rs, n) -> new FinishedFlagAction(rs.getLong(1), rs.getString(2), ActionStatus.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getTimestamp(9).toInstant()),
                Timestamp.from(from), Timestamp.from(until));
    }

    /**
     * Per expectation-vs-received question answered in the half-year (counted responses, both values given): its
     * survey, text, weight, how many answered and the sums of the expected and received values; by survey and form
     * order.
     */
    public List<ExpectationTally> expectationTallies(String period) {
        return jdbc.query("SELECT sec.survey_id, q.id, q.text_zh, q.text_en, q.weight, COUNT(*),"
                        + " SUM(a.expected_value), SUM(a.numeric_value)"
                        + " FROM answer a JOIN response r ON r.id = a.response_id JOIN question q ON q.id = a.question_id"
                        + " JOIN survey_section sec ON sec.id = q.section_id"
                        + " WHERE r.period = ? AND r.excluded_reason IS NULL AND q.type = 'EXPECTATION_PAIR'"
                        + "   AND a.numeric_value IS NOT NULL AND a.expected_value IS NOT NULL"
                        + " GROUP BY sec.survey_id, sec.position, q.position, q.id, q.text_zh, q.text_en, q.weight"
                        + " ORDER BY sec.survey_id, sec.position, q.position, q.id",
                (rs, n) -> new ExpectationTally(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)), period);
    }

    /**
     * The answers of one expectation-vs-received question in a half-year.
     *
     * @param weight   the question's raw weight (null: not set)
     * @param expected the sum of the expected values
     * @param received the sum of the received values
     */
    public record ExpectationTally(long surveyId, long questionId, String textZh, String textEn,
                                   java.math.BigDecimal weight, long answers, long expected, long received) {
    }

    /**
     * One customer's expectation-vs-received answers (counted responses, both values given), per question and
     * half-year, by form order and half-year.
     */
    public List<CustomerExpectation> expectationsOfCustomer(long customerId) {
        return jdbc.query("SELECT q.id, q.text_zh, q.text_en, r.period, COUNT(*), SUM(a.expected_value),"
                        + " SUM(a.numeric_value)"
                        + " FROM answer a JOIN response r ON r.id = a.response_id JOIN question q ON q.id = a.question_id"
                        + " JOIN survey_section sec ON sec.id = q.section_id"
                        + " WHERE r.customer_id = ? AND r.period IS NOT NULL AND r.excluded_reason IS NULL"
                        + "   AND q.type = 'EXPECTATION_PAIR' AND a.numeric_value IS NOT NULL"
                        + "   AND a.expected_value IS NOT NULL"
                        + " GROUP BY sec.survey_id, sec.position, q.position, q.id, q.text_zh, q.text_en, r.period"
                        + " ORDER BY sec.survey_id, sec.position, q.position, q.id, r.period",
                (rs, n) -> new CustomerExpectation(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7)), customerId);
    }

    /**
     * A customer's answers to one expectation-vs-received question in one half-year.
     *
     * @param expected the sum of the expected values
     * @param received the sum of the received values
     */
    public record CustomerExpectation(long questionId, String textZh, String textEn, String period, long answers,
                                      long expected, long received) {
    }

    /** The half-years in which a campaign invited the customer or the customer answered. */
    public List<String> periodsOfCustomer(long customerId) {
        return jdbc.queryForList("SELECT k.period FROM recipient r JOIN campaign k ON k.id = r.campaign_id"
                + " WHERE r.customer_id = ? UNION SELECT period FROM response WHERE customer_id = ? AND period IS NOT NULL",
                String.class, customerId, customerId);
    }

    /** Complaints received in a half-year, and those of them not closed now. */
    public record ComplaintCounts(long received, long open) {
    }

    /** Improvement actions due in a half-year, and those of them overdue now. */
    public record ActionCounts(long due, long overdue) {
    }

    /**
     * An action made from a review flag and finished.
     *
     * @param flagPeriod the half-year whose flag it answers
     * @param flagCode   {@code REVIEW_SURVEY_ITEMS} or {@code MANAGEMENT_REVIEW_MEETING}
     * @param doneAt     when it was last set DONE
     */
    public record FinishedFlagAction(long id, String title, ActionStatus status, String flagPeriod, long customerId,
                                     String flagCode, String customerCode, String customerName, Instant doneAt) {
    }
}
