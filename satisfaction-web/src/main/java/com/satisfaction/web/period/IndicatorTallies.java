package com.satisfaction.web.period;

import com.satisfaction.core.scoring.Ces;
import com.satisfaction.core.scoring.Nps;
import com.satisfaction.core.scoring.Score;
import com.satisfaction.core.survey.Scale;
import com.satisfaction.persistence.period.AnswerTally;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Counted CSAT, NPS and CES answers (SPEC §4.1–4.3) folded from the per-value aggregate: what the period figures need,
 * per customer, and added up for the period.
 */
record IndicatorTallies(long csatPositive, long csatAnswers, long csatSum, Set<String> csatScales,
                        long npsPromoters, long npsPassives, long npsDetractors,
                        long cesPositive, long cesAnswers, long cesSum) {

    static final IndicatorTallies NONE = new IndicatorTallies(0, 0, 0, Set.of(), 0, 0, 0, 0, 0, 0);

    IndicatorTallies {
        csatScales = Set.copyOf(csatScales);
    }

    static IndicatorTallies of(List<AnswerTally> rows) {
        IndicatorTallies sum = NONE;
        for (AnswerTally row : rows) {
            sum = sum.plus(of(row));
        }
        return sum;
    }

    private static IndicatorTallies of(AnswerTally row) {
        long n = row.answers();
        int value = row.value();
        return switch (row.type()) {
            case "CSAT" -> {
                if (row.scale() == null) {
                    yield NONE; // a CSAT question without a scale has no positive threshold to count against
                }
                Scale scale = Scale.valueOf(row.scale());
                int threshold = row.positiveThreshold() == null ? scale.defaultPositiveThreshold()
                        : row.positiveThreshold();
                yield new IndicatorTallies(value >= threshold ? n : 0, n, n * value, Set.of(row.scale()),
                        0, 0, 0, 0, 0, 0);
            }
            case "NPS" -> new IndicatorTallies(0, 0, 0, Set.of(), value >= Nps.PROMOTER_FROM ? n : 0,
                    value >= Nps.PASSIVE_FROM && value < Nps.PROMOTER_FROM ? n : 0, value < Nps.PASSIVE_FROM ? n : 0,
                    0, 0, 0);
            case "CES" -> new IndicatorTallies(0, 0, 0, Set.of(), 0, 0, 0, value >= Ces.POSITIVE_FROM ? n : 0, n,
                    n * value);
            default -> throw new IllegalStateException("answer tally of type " + row.type());
        };
    }

    IndicatorTallies plus(IndicatorTallies other) {
        Set<String> scales = csatScales;
        if (!other.csatScales.isEmpty() && !csatScales.containsAll(other.csatScales)) {
            scales = new HashSet<>(csatScales);
            scales.addAll(other.csatScales);
        }
        return new IndicatorTallies(csatPositive + other.csatPositive, csatAnswers + other.csatAnswers,
                csatSum + other.csatSum, scales, npsPromoters + other.npsPromoters, npsPassives + other.npsPassives,
                npsDetractors + other.npsDetractors, cesPositive + other.cesPositive, cesAnswers + other.cesAnswers,
                cesSum + other.cesSum);
    }

    /** The mean CSAT answer when every answer is on one scale; a mean across scales means nothing. */
    Optional<Score> csatMean() {
        return csatAnswers > 0 && csatScales.size() == 1 ? Optional.of(Score.ratio(csatSum, csatAnswers))
                : Optional.empty();
    }
}
