package com.satisfaction.web.survey;

import com.satisfaction.core.scoring.Ces;
import com.satisfaction.core.scoring.Csat;
import com.satisfaction.core.scoring.CsatQuestion;
import com.satisfaction.core.scoring.Nps;
import com.satisfaction.core.scoring.Score;
import com.satisfaction.core.survey.Scale;
import com.satisfaction.persistence.response.SurveyResultQueries;
import com.satisfaction.persistence.response.SurveyResultQueries.ValueCount;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A survey's results per question from its counted responses (SPEC §4.1–4.3): how the answers fall, their mean, and
 * for NPS, CSAT and CES questions the figure itself, computed by the core from the counts.
 */
@Service
class SurveyResults {

    private final SurveyResultQueries queries;

    SurveyResults(SurveyResultQueries queries) {
        this.queries = queries;
    }

    /**
     * One question's results as shown.
     *
     * @param mean         the mean answer (one decimal)
     * @param figure       {@code nps}, {@code csat} or {@code ces} for those questions, else null
     * @param figureValue  the figure as shown (NPS a score, CSAT and CES in %)
     * @param distribution each value given and how many gave it, by value
     */
    record QuestionResult(long questionId, String textZh, String textEn, long answers, String mean, String figure,
                          String figureValue, List<ValueCount> distribution) {
    }

    /**
     * One section's rating items (every question answered with a number but the NPS, CSAT and CES ones, which have
     * figures of their own) taken together.
     *
     * @param mean the mean answer (one decimal); null when the items are on different scales, where a mean means nothing
     */
    record SectionResult(long sectionId, String titleZh, String titleEn, long answers, String mean) {
    }

    /** A survey's results: per section, then per question. */
    record Results(List<SectionResult> sections, List<QuestionResult> questions) {
    }

    /** The results of every section and every question answered with a number, in form order; one query. */
    @Transactional(readOnly = true)
    public Results of(long surveyId) {
        Map<Long, List<ValueCount>> byQuestion = new LinkedHashMap<>();
        Map<Long, List<ValueCount>> bySection = new LinkedHashMap<>();
        for (ValueCount row : queries.valueCounts(surveyId)) {
            byQuestion.computeIfAbsent(row.questionId(), k -> new ArrayList<>()).add(row);
            if (!FIGURES.contains(row.type())) {
                bySection.computeIfAbsent(row.section().id(), k -> new ArrayList<>()).add(row);
            }
        }
        return new Results(bySection.values().stream().map(SurveyResults::section).toList(),
                byQuestion.values().stream().map(SurveyResults::result).toList());
    }

    private static final Set<String> FIGURES = Set.of("NPS", "CSAT", "CES");

    private static SectionResult section(List<ValueCount> rows) {
        long answers = rows.stream().mapToLong(ValueCount::answers).sum();
        long sum = rows.stream().mapToLong(r -> r.answers() * r.value()).sum();
        boolean oneScale = rows.stream().map(r -> String.valueOf(r.scale())).distinct().count() == 1;
        SurveyResultQueries.Section section = rows.get(0).section();
        return new SectionResult(section.id(), section.titleZh(), section.titleEn(), answers,
                oneScale ? Score.ratio(sum, answers).display() : null);
    }

    /** The responses before and after one of the survey's responses, by the order they were stored in. */
    @Transactional(readOnly = true)
    public Neighbours neighbours(long surveyId, long responseId) {
        return new Neighbours(queries.previousResponse(surveyId, responseId).orElse(null),
                queries.nextResponse(surveyId, responseId).orElse(null));
    }

    /** The previous and next response's ids, null at either end. */
    record Neighbours(Long previous, Long next) {
    }

    private static QuestionResult result(List<ValueCount> rows) {
        long answers = 0;
        long sum = 0;
        for (ValueCount row : rows) {
            answers += row.answers();
            sum += row.answers() * row.value();
        }
        ValueCount first = rows.get(0);
        String figure = null;
        Optional<Score> value = Optional.empty();
        switch (first.type()) {
            case "NPS" -> {
                figure = "nps";
                value = Nps.ofCounts(count(rows, Nps.PROMOTER_FROM, 10), count(rows, Nps.PASSIVE_FROM, Nps.PROMOTER_FROM - 1),
                        count(rows, 0, Nps.PASSIVE_FROM - 1)).map(Nps::score);
            }
            case "CES" -> {
                figure = "ces";
                value = Ces.ofCounts(count(rows, Ces.POSITIVE_FROM, Integer.MAX_VALUE), answers, sum)
                        .map(Ces::percentage);
            }
            case "CSAT" -> {
                if (first.scale() != null) {
                    Scale scale = Scale.valueOf(first.scale());
                    CsatQuestion question = first.positiveThreshold() == null ? CsatQuestion.withDefaultThreshold(scale)
                            : new CsatQuestion(scale, first.positiveThreshold());
                    figure = "csat";
                    value = Csat.ofCounts(question, rows.stream().filter(r -> question.isPositive(r.value()))
                            .mapToLong(ValueCount::answers).sum(), answers, sum).map(Csat::percentage);
                }
            }
            default -> {
                // other questions have a distribution and a mean only
            }
        }
        return new QuestionResult(first.questionId(), first.textZh(), first.textEn(), answers,
                Score.ratio(sum, answers).display(), figure,
                value.map(Score::display).orElse(null), List.copyOf(rows));
    }

    private static long count(List<ValueCount> rows, int from, int to) {
        return rows.stream().filter(r -> r.value() >= from && r.value() <= to).mapToLong(ValueCount::answers).sum();
    }
}
