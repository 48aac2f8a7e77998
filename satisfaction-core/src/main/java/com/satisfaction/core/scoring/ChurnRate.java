package com.satisfaction.core.scoring;

import java.util.Optional;

/**
 * Customer churn rate of a period (SPEC §4.4): {@code CCR % = customers lost ÷ customers at the start × 100}.
 * Example: 25 of 500 → 5 %.
 *
 * @param lost    customers lost in the period, 0 to {@code atStart}
 * @param atStart customers at the start of the period, at least 1
 */
public record ChurnRate(long lost, long atStart) {

    /**
     * Creates a churn rate.
     *
     * @throws IllegalArgumentException when there were no customers at the start or {@code lost} is outside
     *                                  0–{@code atStart}
     */
    public ChurnRate {
        if (atStart <= 0) {
            throw new IllegalArgumentException("customers at the start " + atStart + " must be at least 1; "
                    + "no customers is \"no data\", use ChurnRate.of which returns Optional");
        }
        if (lost < 0 || lost > atStart) {
            throw new IllegalArgumentException(
                    "customers lost " + lost + " is outside the allowed range 0–" + atStart);
        }
    }

    /**
     * The churn rate; empty when there were no customers at the start.
     *
     * @throws IllegalArgumentException when a count is negative or more were lost than there were
     */
    public static Optional<ChurnRate> of(long lost, long atStart) {
        if (atStart == 0 && lost == 0) {
            return Optional.empty();
        }
        return Optional.of(new ChurnRate(lost, atStart));
    }

    /** {@code lost ÷ atStart × 100}, from 0 to 100. */
    public Score percentage() {
        return Score.percent(lost, atStart);
    }
}
