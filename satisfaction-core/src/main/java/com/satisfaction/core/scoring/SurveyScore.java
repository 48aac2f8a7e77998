package com.satisfaction.core.scoring;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * The survey score of one response, 0–100 (SPEC §4.5): {@code 100 × Σ points earned ÷ Σ points possible} over the
 * scored questions answered. Unanswered optional questions are simply not passed in, so they are left out of both
 * sums.
 *
 * @param earned   Σ points earned
 * @param possible Σ points possible, more than 0
 */
public record SurveyScore(Score earned, Score possible) {

    /**
     * Creates a survey score from its sums.
     *
     * @throws IllegalArgumentException when {@code possible} is not positive or {@code earned} is outside
     *                                  0–{@code possible}
     */
    public SurveyScore {
        Objects.requireNonNull(earned, "earned");
        Objects.requireNonNull(possible, "possible");
        if (possible.signum() <= 0) {
            throw new IllegalArgumentException("points possible " + possible + " must be more than 0");
        }
        if (!earned.isBetween(Score.ZERO, possible)) {
            throw new IllegalArgumentException(
                    "points earned " + earned + " is outside the allowed range 0–" + possible);
        }
    }

    /** The score of a response's scored answers; empty when it has none. */
    public static Optional<SurveyScore> of(Collection<ScoredAnswer> answers) {
        if (answers.isEmpty()) {
            return Optional.empty();
        }
        Score earned = Score.ZERO;
        Score possible = Score.ZERO;
        for (ScoredAnswer answer : answers) {
            earned = earned.plus(answer.earned());
            possible = possible.plus(answer.possible());
        }
        return Optional.of(new SurveyScore(earned, possible));
    }

    /** {@code 100 × earned ÷ possible}, from 0 to 100. */
    public Score value() {
        return earned.dividedBy(possible).times(Score.HUNDRED);
    }
}
