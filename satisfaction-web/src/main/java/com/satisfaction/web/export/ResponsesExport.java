package com.satisfaction.web.export;

import com.satisfaction.core.period.Period;
import com.satisfaction.core.scoring.Displayed;
import com.satisfaction.core.scoring.SurveyScore;
import com.satisfaction.core.survey.Language;
import com.satisfaction.core.survey.QuestionType;
import com.satisfaction.persistence.export.ExportChoice;
import com.satisfaction.persistence.export.ExportQuestion;
import com.satisfaction.persistence.export.ExportSurvey;
import com.satisfaction.persistence.export.ExportedAnswer;
import com.satisfaction.persistence.export.ExportedResponse;
import com.satisfaction.persistence.export.ResponseExportQueries;
import com.satisfaction.persistence.survey.SurveyRepository;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A survey's responses as a table: one row per response (its id, customer, contact, language, time received, whether
 * it is excluded from scoring and its survey score), then one column per question in the survey's order (an
 * expected-and-received question has two). Numbers stay numbers; free text and choices are text. An XLSX file has a
 * second sheet naming each question in full with its type.
 *
 * <p>The rows come from one cursor over the responses joined to their answers, written out as they arrive, all inside
 * one read-only transaction (see {@link ResponseExportQueries}).
 */
@Service
public class ResponsesExport {

    private final ResponseExportQueries queries;
    private final SurveyRepository surveys;
    private final MessageSource messages;
    private final ZoneId zone;

    ResponsesExport(ResponseExportQueries queries, SurveyRepository surveys, MessageSource messages, Clock clock) {
        this.queries = queries;
        this.surveys = surveys;
        this.messages = messages;
        this.zone = clock.getZone();
    }

    /** The surveys whose campaigns ran in the half-year, by id. */
    @Transactional(readOnly = true)
    public List<Long> surveysOf(Period period) {
        return queries.surveysOfPeriod(period.toString()).stream().map(ExportSurvey::id).toList();
    }

    /**
     * Writes the survey's responses of the half-year to {@code out} as CSV, the download's very file, for a file made
     * elsewhere (the half-year's evidence pack); {@code out} is closed at the end.
     */
    @Transactional(readOnly = true)
    public void writeCsv(long surveyId, Period period, OutputStream out, Locale locale) throws IOException {
        try (TableWriter csv = ExportFormat.CSV.writer(out, zone)) {
            write(surveyId, Optional.of(period), csv, locale);
        }
    }

    /** The download's name without extension ({@code responses-2026-H1-<title>}); empty when there is no survey. */
    @Transactional(readOnly = true)
    public Optional<String> fileName(long surveyId, Optional<Period> period, Locale locale) {
        Language language = Language.fromCode(locale.getLanguage());
        return surveys.findById(surveyId).map(survey -> "responses-"
                + period.map(p -> p + "-").orElse("") + Download.part(survey.title().in(language)));
    }

    /** Writes the survey's responses (of {@code period} only, when given) to {@code out}, row by row. */
    @Transactional(readOnly = true)
    public void write(long surveyId, Optional<Period> period, TableWriter out, Locale locale) throws IOException {
        Language language = Language.fromCode(locale.getLanguage());
        List<ExportQuestion> questions = queries.questions(surveyId);
        Map<Long, String> choices = queries.choices(surveyId).stream().collect(Collectors.toMap(ExportChoice::id,
                choice -> language == Language.EN ? choice.labelEn() : choice.labelZh()));
        Map<Long, Integer> positions = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            positions.put(questions.get(i).id(), i);
        }
        List<String> questionHeaders = questionHeaders(questions, language, locale);
        List<String> header = new ArrayList<>(List.of(message("exports.column.response", locale),
                message("exports.column.customerCode", locale), message("exports.column.customerName", locale),
                message("exports.column.contact", locale), message("exports.column.language", locale),
                message("exports.column.submittedAt", locale), message("exports.column.excluded", locale),
                message("exports.column.surveyScore", locale)));
        header.addAll(questionHeaders);
        out.table(message("exports.sheet.responses", locale), header);
        RowWriter rows = new RowWriter(out, questions, positions, choices, locale);
        try {
            queries.eachResponse(surveyId, period.map(Period::toString).orElse(null), rows::write);
        } catch (UncheckedIOException downloadBroken) {
            throw downloadBroken.getCause();
        }
        if (out.holdsSeveralTables()) {
            writeQuestions(out, questions, questionHeaders, language, locale);
        }
    }

    private List<String> questionHeaders(List<ExportQuestion> questions, Language language, Locale locale) {
        List<String> headers = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            ExportQuestion question = questions.get(i);
            String title = message("exports.column.question", locale, i + 1,
                    language == Language.EN ? question.textEn() : question.textZh());
            if (QuestionType.valueOf(question.type()) == QuestionType.EXPECTATION_PAIR) {
                headers.add(message("exports.column.expected", locale, title));
                headers.add(message("exports.column.received", locale, title));
            } else {
                headers.add(title);
            }
        }
        return headers;
    }

    /** The second sheet: each question column's title, the question in full and its type. */
    private void writeQuestions(TableWriter out, List<ExportQuestion> questions, List<String> headers,
                                Language language, Locale locale) throws IOException {
        out.table(message("exports.sheet.questions", locale), List.of(message("exports.column.column", locale),
                message("exports.column.questionText", locale), message("exports.column.type", locale)));
        int column = 0;
        for (ExportQuestion question : questions) {
            int columns = QuestionType.valueOf(question.type()) == QuestionType.EXPECTATION_PAIR ? 2 : 1;
            for (int i = 0; i < columns; i++) {
                out.text(headers.get(column++)).text(language == Language.EN ? question.textEn() : question.textZh())
                        .text(message("questionType." + question.type(), locale));
                out.endRow();
            }
        }
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** Writes one response: the fixed columns, then its answers placed under their questions. */
    private final class RowWriter {

        private final TableWriter out;
        private final List<QuestionType> types;
        private final Map<Long, Integer> positions;
        private final Map<Long, String> choices;
        private final ExportedAnswer[] byPosition;
        private static final int SHOWN_SCORES = 10_000;

        private final Map<String, String> words = new HashMap<>();
        private final Map<SurveyScore, Displayed> shownScores = new HashMap<>();
        private final Locale locale;

        RowWriter(TableWriter out, List<ExportQuestion> questions, Map<Long, Integer> positions,
                  Map<Long, String> choices, Locale locale) {
            this.out = out;
            this.types = questions.stream().map(q -> QuestionType.valueOf(q.type())).toList();
            this.positions = positions;
            this.choices = choices;
            this.byPosition = new ExportedAnswer[questions.size()];
            this.locale = locale;
        }

        void write(ExportedResponse response) {
            try {
                out.number(response.id()).text(response.customerCode()).text(response.customerName())
                        .text(response.contact()).text(word("lang." + response.language()))
                        .time(response.submittedAt()).text(excluded(response));
                if (response.possibleUnits() == null) {
                    out.text(word("figure.noData"));
                } else {
                    out.score(shown(SurveyScore.ofUnits(response.earnedUnits(), response.possibleUnits())));
                }
                Arrays.fill(byPosition, null);
                for (ExportedAnswer answer : response.answers()) {
                    Integer position = positions.get(answer.questionId());
                    if (position != null) {
                        byPosition[position] = answer;
                    }
                }
                for (int i = 0; i < byPosition.length; i++) {
                    answer(types.get(i), byPosition[i]);
                }
                out.endRow();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void answer(QuestionType type, ExportedAnswer answer) throws IOException {
            switch (type) {
                case TEXT -> out.text(answer == null ? null : answer.text());
                case CHOICE -> out.text(answer == null ? null
                        : answer.choiceIds().stream().map(choices::get).collect(Collectors.joining("; ")));
                case EXPECTATION_PAIR -> {
                    number(answer == null ? null : answer.expected());
                    number(answer == null ? null : answer.value());
                }
                default -> number(answer == null ? null : answer.value());
            }
        }

        private void number(Integer value) throws IOException {
            if (value == null) {
                out.text(null);
            } else {
                out.number(value);
            }
        }

        private String excluded(ExportedResponse response) {
            if (response.excludedReason() == null) {
                return null;
            }
            String reason = word("periods.exclusion." + response.excludedReason());
            return response.excludedText() == null ? reason
                    : messages.getMessage("exports.excluded.explained", new Object[] {reason, response.excludedText()},
                    locale);
        }

        /**
         * The survey score as shown; the few distinct unit sums of a survey are computed once each (exact rational
         * arithmetic per row was a tenth of the export's CPU), at most {@value #SHOWN_SCORES} remembered at a time.
         */
        private Displayed shown(SurveyScore score) {
            if (shownScores.size() >= SHOWN_SCORES) {
                shownScores.clear();
            }
            return shownScores.computeIfAbsent(score, s -> s.value().displayed());
        }

        /** A message read once per export, not once per row. */
        private String word(String key) {
            return words.computeIfAbsent(key, k -> messages.getMessage(k, null, locale));
        }
    }
}
