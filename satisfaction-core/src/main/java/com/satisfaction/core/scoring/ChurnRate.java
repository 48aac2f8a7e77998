package com.satisfaction.core.scoring;

import java.util.Optional;

/**
 * Customer churn rate of a period (SPEC §4.4): {@code CCR % = customers lost ÷ customers at the start × 100}. Built by
 * name, so that the two counts cannot be swapped unnoticed:
 * <pre>{@code
 * ChurnRate.lost(25).ofCustomersAtStart(500)   // Optional[5 %]
 * }</pre>
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
            throw new IllegalArgumentException("customers at the start " + atStart + " must be at least 1; no "
                    + "customers is \"no data\", use ChurnRate.lost(…).ofCustomersAtStart(…) which returns Optional");
        }
        if (lost < 0 || lost > atStart) {
            throw new IllegalArgumentException(
                    "customers lost " + lost + " is outside the allowed range 0–" + atStart);
        }
    }

    /**
     * The first half of {@code ChurnRate.lost(lost).ofCustomersAtStart(atStart)}.
     *
     * @param customers the customers lost in the period
     */
    public static Lost lost(long customers) {
        return new Lost(customers);
    }

    /** {@code lost ÷ atStart × 100}, from 0 to 100. */
    public Score percentage() {
        return Score.percent(lost, atStart);
    }

    /**
     * The customers lost, waiting for the customers at the start.
     *
     * @param customers the customers lost in the period
     */
    public record Lost(long customers) {

        /**
         * The churn rate; empty when there were no customers at the start and none was lost.
         *
         * @param atStart the customers at the start of the period
         * @throws IllegalArgumentException when a count is negative or more were lost than there were
         */
        public Optional<ChurnRate> ofCustomersAtStart(long atStart) {
            if (atStart == 0 && customers == 0) {
                return Optional.empty();
            }
            return Optional.of(new ChurnRate(customers, atStart));
        }
    }
}
