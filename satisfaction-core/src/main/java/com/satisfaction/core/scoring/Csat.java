package com.satisfaction.core.scoring;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * Customer satisfaction of one question (SPEC §4.1): {@code CSAT % = positive answers ÷ all answers × 100}, with the
 * mean answer. Example: 400 positive of 500 → 80 %.
 *
 * @param question    the question, giving the scale and positive threshold
 * @param positive    answers at or above the threshold
 * @param answers     all answers, at least 1
 * @param sumOfValues the sum of all answer values, for the mean
 */
public record Csat(CsatQuestion question, long positive, long answers, long sumOfValues) {

    /**
     * Creates a CSAT from counts.
     *
     * @throws IllegalArgumentException when the counts are negative, inconsistent or there are no answers
     */
    public Csat {
        Objects.requireNonNull(question, "question");
        Tally.validate(question.scale(), question.positiveThreshold(), positive, answers, sumOfValues);
    }

    /**
     * The CSAT of the given answers; empty when there are none.
     *
     * @throws IllegalArgumentException naming any answer outside the question's scale
     */
    public static Optional<Csat> of(CsatQuestion question, Collection<Integer> values) {
        Tally tally = Tally.of(question.scale(), question.positiveThreshold(), values);
        return ofCounts(question, tally.positive(), tally.answers(), tally.sumOfValues());
    }

    /**
     * The CSAT of counted answers, e.g. from an SQL aggregate; empty when there are no answers.
     *
     * @throws IllegalArgumentException when the counts are negative or inconsistent
     */
    public static Optional<Csat> ofCounts(CsatQuestion question, long positive, long answers, long sumOfValues) {
        if (answers == 0 && positive == 0 && sumOfValues == 0) {
            return Optional.empty();
        }
        return Optional.of(new Csat(question, positive, answers, sumOfValues));
    }

    /** {@code positive ÷ answers × 100}, from 0 to 100. */
    public Score percentage() {
        return tally().positiveShare();
    }

    /** The mean answer value on the question's scale. */
    public Score mean() {
        return tally().mean();
    }

    private Tally tally() {
        return new Tally(positive, answers, sumOfValues);
    }
}
