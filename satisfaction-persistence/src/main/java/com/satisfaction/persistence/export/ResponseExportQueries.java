package com.satisfaction.persistence.export;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A survey's responses with their answers for the exports, streamed: one statement joins the responses to their
 * answers (and the choices ticked) in response order, PostgreSQL hands the rows over {@value #FETCH_SIZE} at a time
 * through a cursor, and each response is passed on as soon as its last answer is read. Call inside a read-only
 * transaction: only then does the PostgreSQL driver fetch in batches instead of reading the whole result first.
 *
 * <p>Why one joined statement, read sequentially and sorted once, rather than an aggregate per response
 * ({@code string_agg} in a sub-select): measured on PostgreSQL over a million responses with 3.1 million answers stored
 * in no particular order (bench/export.sh), the statement took 7–8 s with sequential scans, hash joins and one sort
 * per side; 15.5 s with a {@code string_agg} sub-select per response (a million index probes); and 42 s with the plan
 * PostgreSQL picks by itself, a merge join walking both tables in index order, which costs one random page read per
 * answer when the rows are not stored in id order. An export reads every row anyway, so for its one transaction index
 * scans are switched off and the sorts get memory ({@value #SORT_MEMORY}) instead of spilling to disk.
 */
public class ResponseExportQueries {

    /** Rows per round trip of the cursor. */
    static final int FETCH_SIZE = 2000;

    /** PostgreSQL's {@code work_mem} for the export's sorts, for its own transaction only. */
    static final String SORT_MEMORY = "128MB";

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
     * {@code each} with its answers as soon as it is read; nothing else is kept. Call inside a read-only transaction
     * of its own: on PostgreSQL it sets the plan of a full read for the rest of that transaction.
     */
    public void eachResponse(long surveyId, String period, Consumer<ExportedResponse> each) {
        Objects.requireNonNull(each, "each");
        readEverythingSequentially();
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
                    // by response only: a response's answers may come in any order (the pivot places them), and
                    // ordering them too cost PostgreSQL an incremental sort of every row
                    + " ORDER BY r.id",
                    ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(FETCH_SIZE);
            statement.setLong(1, surveyId);
            statement.setString(2, period);
            statement.setString(3, period);
            return statement;
        }, pivot);
        pivot.finish();
    }

    /** On PostgreSQL, the plan of a full read for the rest of the transaction (see the class comment). */
    private void readEverythingSequentially() {
        String database = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        if ("PostgreSQL".equals(database)) {
            jdbc.execute("SET LOCAL enable_indexscan = off");
            jdbc.execute("SET LOCAL jit = off");
            jdbc.execute("SET LOCAL work_mem = '" + SORT_MEMORY + "'");
        }
    }

    /** Turns the joined rows (one per answer, or per choice ticked) back into one response at a time. */
    private static final class Pivot implements RowCallbackHandler {

        private final Consumer<ExportedResponse> each;
        private ExportedResponse current;
        private List<ExportedAnswer> answers;

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
            ExportedAnswer answer = answerTo(questionId);
            if (answer == null) {
                answer = new ExportedAnswer(questionId, rs.getObject(12, Integer.class),
                        rs.getObject(13, Integer.class), rs.getString(14), new ArrayList<>());
                answers.add(answer);
            }
            long choice = rs.getLong(15);
            if (!rs.wasNull()) {
                answer.choiceIds().add(choice);
            }
        }

        /** The current response's answer to the question read so far (one row per choice ticked), or null. */
        private ExportedAnswer answerTo(long questionId) {
            for (ExportedAnswer read : answers) {
                if (read.questionId() == questionId) {
                    return read;
                }
            }
            return null;
        }

        /** Hands on the response read last, if any. */
        void finish() {
            if (current != null) {
                answers.forEach(read -> Collections.sort(read.choiceIds()));
                each.accept(current);
                current = null;
            }
        }
    }
}
