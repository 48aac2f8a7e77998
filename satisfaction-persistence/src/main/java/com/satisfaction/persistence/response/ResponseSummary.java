package com.satisfaction.persistence.response;

import com.satisfaction.core.scoring.Score;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How many responses a set holds and the database's sum of their survey scores; the mean is exact and
 * "no data" when no response has a score.
 */
public record ResponseSummary(long responses, long scored, BigDecimal scoreSum) {

    public Optional<Score> meanSurveyScore() {
        return scored == 0 ? Optional.empty() : Optional.of(Score.of(scoreSum).dividedBy(Score.of(scored)));
    }
}
