package com.satisfaction.core.scoring;

import com.satisfaction.core.survey.Scale;
import java.util.Collection;
import java.util.Optional;

/**
 * Customer effort score (SPEC §4.3) on the 1–7 scale: {@code CES % = answers ≥ 5 ÷ all answers × 100}, with the mean
 * answer. Example: 300 of 500 → 60 %.
 *
 * @param positive    answers of {@value #POSITIVE_FROM} or more
 * @param answers     all answers, at least 1
 * @param sumOfValues the sum of all answer values, for the mean
 */
public record Ces(long positive, long answers, long sumOfValues) {

    /** The CES scale. */
    public static final Scale SCALE = Scale.ONE_TO_SEVEN;
    /** The lowest answer counted as easy. */
    public static final int POSITIVE_FROM = 5;

    /**
     * Creates a CES from counts.
     *
     * @throws IllegalArgumentException when the counts are negative, inconsistent or there are no answers
     */
    public Ces {
        Tally.validate(SCALE, POSITIVE_FROM, positive, answers, sumOfValues);
    }

    /**
     * The CES of the given 1–7 answers; empty when there are none.
     *
     * @throws IllegalArgumentException naming any answer outside 1–7
     */
    public static Optional<Ces> of(Collection<Integer> values) {
        Tally tally = Tally.of(SCALE, POSITIVE_FROM, values);
        return ofCounts(tally.positive(), tally.answers(), tally.sumOfValues());
    }

    /**
     * The CES of counted answers, e.g. from an SQL aggregate; empty when there are no answers.
     *
     * @throws IllegalArgumentException when the counts are negative or inconsistent
     */
    public static Optional<Ces> ofCounts(long positive, long answers, long sumOfValues) {
        if (answers == 0 && positive == 0 && sumOfValues == 0) {
            return Optional.empty();
        }
        return Optional.of(new Ces(positive, answers, sumOfValues));
    }

    /** {@code positive ÷ answers × 100}, from 0 to 100. */
    public Score percentage() {
        return tally().positiveShare();
    }

    /** The mean answer, from 1 to 7. */
    public Score mean() {
        return tally().mean();
    }

    private Tally tally() {
        return new Tally(positive, answers, sumOfValues);
    }
}
