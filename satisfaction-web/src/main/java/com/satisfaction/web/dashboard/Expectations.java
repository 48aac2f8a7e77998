package com.satisfaction.web.dashboard;

import com.satisfaction.core.expectation.Weights;
import com.satisfaction.core.scoring.Score;
import com.satisfaction.persistence.dashboard.DashboardQueries.ExpectationTally;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The expectation-vs-received view of a half-year (SPEC §4.7): per indicator (an expectation-vs-received question) its
 * weight among its survey's indicators (normalised by the core's {@link Weights}), the mean expected and received
 * values, the gap between them and their ratio; the indicator whose weighted gap is the most negative is the one to act
 * on first.
 */
final class Expectations {

    /** A question without a weight of its own counts as weight 1, as the question form proposes. */
    private static final BigDecimal DEFAULT_WEIGHT = BigDecimal.ONE;

    private Expectations() {
    }

    /**
     * One indicator as shown; values null when there is no data or too few answers.
     *
     * @param weight       the normalised weight in % (null when its survey's weights are all zero)
     * @param ratio        mean received ÷ mean expected in %
     * @param insufficient fewer answers than the policy's minimum sample
     * @param actFirst     the indicator to act on first
     */
    record Indicator(long surveyId, long questionId, String textZh, String textEn, String weight, long answers,
                     String meanExpected, String meanReceived, String gap, String ratio, boolean insufficient,
                     boolean actFirst) {
    }

    static List<Indicator> of(List<ExpectationTally> tallies, int minimumSample) {
        Map<Long, List<ExpectationTally>> bySurvey = new LinkedHashMap<>();
        tallies.forEach(t -> bySurvey.computeIfAbsent(t.surveyId(), k -> new ArrayList<>()).add(t));
        Map<Long, Score> weights = new LinkedHashMap<>();
        bySurvey.values().forEach(survey -> normalised(survey).ifPresent(normal -> {
            for (int i = 0; i < survey.size(); i++) {
                weights.put(survey.get(i).questionId(), normal.get(i));
            }
        }));
        Optional<ExpectationTally> first = tallies.stream()
                .filter(t -> t.answers() >= minimumSample && weights.containsKey(t.questionId()))
                .filter(t -> t.received() < t.expected())
                .min(Comparator.comparing(t -> weightedGap(t, weights.get(t.questionId()))));
        return tallies.stream().map(t -> indicator(t, weights.get(t.questionId()), minimumSample,
                first.filter(t::equals).isPresent())).toList();
    }

    private static Optional<Weights> normalised(List<ExpectationTally> survey) {
        List<BigDecimal> raw = survey.stream().map(t -> t.weight() == null ? DEFAULT_WEIGHT : t.weight()).toList();
        return raw.stream().allMatch(w -> w.signum() == 0) ? Optional.empty() : Optional.of(Weights.of(raw));
    }

    private static Score weightedGap(ExpectationTally t, Score weight) {
        return weight.times(Score.ratio(t.received() - t.expected(), t.answers()));
    }

    private static Indicator indicator(ExpectationTally t, Score weight, int minimumSample, boolean actFirst) {
        String shownWeight = weight == null ? null : weight.times(Score.HUNDRED).display();
        boolean insufficient = t.answers() < minimumSample;
        if (insufficient) {
            return new Indicator(t.surveyId(), t.questionId(), t.textZh(), t.textEn(), shownWeight, t.answers(), null,
                    null, null, null, true, false);
        }
        return new Indicator(t.surveyId(), t.questionId(), t.textZh(), t.textEn(), shownWeight, t.answers(),
                Score.ratio(t.expected(), t.answers()).display(), Score.ratio(t.received(), t.answers()).display(),
                Score.ratio(t.received() - t.expected(), t.answers()).display(),
                Score.percent(t.received(), t.expected()).display(), false, actFirst);
    }
}
