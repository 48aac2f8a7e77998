package com.satisfaction.persistence.export;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A survey's responses with their answers for the exports, streamed: one statement joins the responses to their
 * answers (and the choices ticked) in response order, PostgreSQL hands the rows over {@value #FETCH_SIZE} at a time
 * through a cursor, and each response is passed on as soon as its last answer is read. Call inside a read-only
 * transaction: only then does the PostgreSQL driver fetch in batches instead of reading the whole result first.
 *
 * <p>Why one joined statement rather than an aggregate per response ({@code string_agg} / {@code array_agg} in a
 * sub-select): measured on a million responses with three million answers, the join (a merge join over the answer
 * key's index, already in response order) streamed faster than a million index probes, and needs no text encoding of
 * the answers to parse back (see bench/README.md, "Exports").
 */
public class ResponseExportQueries {

    /** Rows per round trip of the cursor. */
    static final int FETCH_SIZE = 2000;

    private final JdbcTemplate jdbc;

    public ResponseExportQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The survey's questions in the order a respondent sees them. */
    public List<ExportQuestion> questions(long surveyId) {
        return jdbc.query("SELECT q.id, q.type, q.text_zh, q.text_en FROM question q"
                + " JOIN survey_section s ON s.id = q.section_id WHERE s.survey_id = ?"
                + " ORDER BY s.position, s.id, q.position, q.id",
                (rs, n) -> new ExportQuestion(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                surveyId);
    }

    /** The choices of the survey's CHOICE questions. */
    public List<ExportChoice> choices(long surveyId) {
        return jdbc.query("SELECT c.id, c.label_zh, c.label_en FROM question_choice c"
                + " JOIN question q ON q.id = c.question_id JOIN survey_section s ON s.id = q.section_id"
                + " WHERE s.survey_id = ? ORDER BY c.id",
                (rs, n) -> new ExportChoice(rs.getLong(1), rs.getString(2), rs.getString(3)), surveyId);
    }

    /** The half-years the survey's campaigns ran in, newest first: the periods its responses can be exported by. */
    public List<String> periodsOfSurvey(long surveyId) {
        return jdbc.queryForList("SELECT DISTINCT period FROM campaign WHERE survey_id = ? ORDER BY period DESC",
                String.class, surveyId);
    }

    /** The surveys of the half-year's campaigns, by id. */
    public List<ExportSurvey> surveysOfPeriod(String period) {
        return jdbc.query("SELECT s.id, s.title_zh, s.title_en FROM survey s WHERE EXISTS"
                + " (SELECT 1 FROM campaign k WHERE k.survey_id = s.id AND k.period = ?) ORDER BY s.id",
                (rs, n) -> new ExportSurvey(rs.getLong(1), rs.getString(2), rs.getString(3)), period);
    }

    /**
     * Every response of the survey (of one period when {@code period} is not null), oldest id first, each handed to
     * {@code each} with its answers as soon as it is read; nothing else is kept.
     */
    public void eachResponse(long surveyId, String period, Consumer<ExportedResponse> each) {
        Objects.requireNonNull(each, "each");
        Pivot pivot = new Pivot(each);
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("SELECT r.id, cu.code, cu.name,"
                    + " COALESCE(ct.name, rc.label), r.language, r.submitted_at, r.excluded_reason, r.excluded_text,"
                    + " r.earned_units, r.possible_units,"
                    + " a.question_id, a.numeric_value, a.expected_value, a.text_value, ac.choice_id"
                    + " FROM response r"
                    + " JOIN recipient rc ON rc.id = r.recipient_id"
                    + " LEFT JOIN customer cu ON cu.id = r.customer_id"
                    + " LEFT JOIN contact ct ON ct.id = rc.contact_id"
                    + " LEFT JOIN answer a ON a.response_id = r.id"
                    + " LEFT JOIN answer_choice ac ON ac.answer_id = a.id"
                    + " WHERE r.survey_id = ? AND (CAST(? AS VARCHAR) IS NULL OR r.period = ?)"
                    + " ORDER BY r.id, a.question_id, ac.choice_id",
                    ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(FETCH_SIZE);
            statement.setLong(1, surveyId);
            statement.setString(2, period);
            statement.setString(3, period);
            return statement;
        }, pivot);
        pivot.finish();
    }

    /** Turns the joined rows (one per answer, or per choice ticked) back into one response at a time. */
    private static final class Pivot implements RowCallbackHandler {

        private final Consumer<ExportedResponse> each;
        private ExportedResponse current;
        private List<ExportedAnswer> answers;
        private ExportedAnswer answer;

        Pivot(Consumer<ExportedResponse> each) {
            this.each = each;
        }

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            long id = rs.getLong(1);
            if (current == null || current.id() != id) {
                finish();
                answers = new ArrayList<>();
                Timestamp submitted = rs.getTimestamp(6);
                current = new ExportedResponse(id, rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), submitted == null ? null : submitted.toInstant(), rs.getString(7),
                        rs.getString(8), rs.getObject(9, Long.class), rs.getObject(10, Long.class), answers);
            }
            long questionId = rs.getLong(11);
            if (rs.wasNull()) {
                return; // a response without answers
            }
            if (answer == null || answer.questionId() != questionId) {
                answer = new ExportedAnswer(questionId, rs.getObject(12, Integer.class),
                        rs.getObject(13, Integer.class), rs.getString(14), new ArrayList<>());
                answers.add(answer);
            }
            long choice = rs.getLong(15);
            if (!rs.wasNull()) {
                answer.choiceIds().add(choice);
            }
        }

        /** Hands on the response read last, if any. */
        void finish() {
            if (current != null) {
                each.accept(current);
                current = null;
                answer = null;
            }
        }
    }
}
