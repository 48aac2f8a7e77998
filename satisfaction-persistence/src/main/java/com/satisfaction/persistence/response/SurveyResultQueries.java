package com.satisfaction.persistence.response;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Optional;

/**
 * A survey's results question by question, as one SQL aggregate over its counted (not excluded) responses, and the
 * order of its responses for paging from one to the next. A plain class: persistence has no component scan of its
 * own.
 */
public class SurveyResultQueries {

    private final JdbcTemplate jdbc;

    public SurveyResultQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Per question of the survey and numeric value given: how many counted responses gave it; in form order, then by
     * value.
     */
    public List<ValueCount> valueCounts(long surveyId) {
        return jdbc.query("SELECT a.question_id, q.text_zh, q.text_en, q.type, q.scale, q.positive_threshold,"
                        + " a.numeric_value, COUNT(*), sec.id, sec.title_zh, sec.title_en"
                        + " FROM answer a JOIN response r ON r.id = a.response_id JOIN question q ON q.id = a.question_id"
                        + " JOIN survey_section sec ON sec.id = q.section_id"
                        + " WHERE r.survey_id = ? AND r.excluded_reason IS NULL AND a.numeric_value IS NOT NULL"
                        + " GROUP BY sec.position, sec.id, sec.title_zh, sec.title_en, q.position, a.question_id,"
                        + "   q.text_zh, q.text_en, q.type, q.scale, q.positive_threshold, a.numeric_value"
                        + " ORDER BY sec.position, q.position, a.question_id, a.numeric_value",
                (rs, n) -> new ValueCount(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), (Integer) rs.getObject(6, Integer.class), rs.getInt(7), rs.getLong(8),
                        new Section(rs.getLong(9), rs.getString(10), rs.getString(11))),
                surveyId);
    }

    /** The survey's response before {@code responseId} (by id, the order they were stored in). */
    public Optional<Long> previousResponse(long surveyId, long responseId) {
        return Optional.ofNullable(jdbc.queryForObject("SELECT MAX(id) FROM response WHERE survey_id = ? AND id < ?",
                Long.class, surveyId, responseId));
    }

    /** The survey's response after {@code responseId}. */
    public Optional<Long> nextResponse(long surveyId, long responseId) {
        return Optional.ofNullable(jdbc.queryForObject("SELECT MIN(id) FROM response WHERE survey_id = ? AND id > ?",
                Long.class, surveyId, responseId));
    }

    /**
     * How many counted responses gave {@code value} to a question.
     *
     * @param textZh            the question's text in Chinese
     * @param textEn            and in English
     * @param type              the question's type ({@code NPS}, {@code CSAT}, {@code RATING}, …)
     * @param scale             its scale, or null
     * @param positiveThreshold its own positive threshold, or null for the scale's default
     * @param section           the section the question is in
     */
    public record ValueCount(long questionId, String textZh, String textEn, String type, String scale,
                             Integer positiveThreshold, int value, long answers, Section section) {
    }

    /** A section of a survey, with its title in both languages. */
    public record Section(long id, String titleZh, String titleEn) {
    }
}
