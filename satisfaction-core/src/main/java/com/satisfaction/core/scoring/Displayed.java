package com.satisfaction.core.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A figure as people see it (SPEC §4): the exact {@link Score} rounded once, HALF_UP, to {@value #DECIMALS} decimal.
 * This is the one place where the core rounds for people, and the only value its verdicts compare: every verdict,
 * band, level and flag (satisfied, NPS band, product-return-rate band, satisfaction level, survey part below 45,
 * S below/met/delighted, response-rate target) asks the figure's {@code Displayed} whether it is below or above a
 * threshold, never the exact score, so that a verdict never contradicts the number shown beside it. A composite of
 * 84.96 shows {@code 85.0} and is satisfied; 84.94 shows {@code 84.9} and is not.
 *
 * <p>Get one from {@link Score#displayed()}; {@link #text()} is what a page, an export or a report prints.
 *
 * @param value the value shown, with exactly {@value #DECIMALS} decimal
 */
public record Displayed(BigDecimal value) {

    /** Decimal places shown. */
    public static final int DECIMALS = 1;

    /**
     * Creates a displayed value.
     *
     * @throws IllegalArgumentException when the value does not have exactly {@value #DECIMALS} decimal
     */
    public Displayed {
        Objects.requireNonNull(value, "value");
        if (value.scale() != DECIMALS) {
            throw new IllegalArgumentException("displayed value " + value.toPlainString() + " has " + value.scale()
                    + " decimals (allowed: exactly " + DECIMALS + ")");
        }
    }

    /** {@code exact} rounded HALF_UP to {@value #DECIMALS} decimal: 84.95 → 85.0, 84.9499… → 84.9, −0.04 → 0.0. */
    static Displayed of(Score exact) {
        return new Displayed(new BigDecimal(exact.numerator())
                .divide(new BigDecimal(exact.denominator()), DECIMALS, RoundingMode.HALF_UP));
    }

    /** Whether the value shown is below {@code threshold}. */
    public boolean isBelow(Score threshold) {
        return compareTo(threshold) < 0;
    }

    /** Whether the value shown is above {@code threshold}. */
    public boolean isAbove(Score threshold) {
        return compareTo(threshold) > 0;
    }

    /** Whether the value shown is at or above {@code threshold}. */
    public boolean isAtLeast(Score threshold) {
        return !isBelow(threshold);
    }

    /** Whether the value shown is at or below {@code threshold}. */
    public boolean isAtMost(Score threshold) {
        return !isAbove(threshold);
    }

    /** The value shown, as an exact score (85.0 → 85). */
    public Score toScore() {
        return Score.of(value);
    }

    /** The text people read, e.g. {@code "85.0"} or {@code "-33.4"}. */
    public String text() {
        return value.toPlainString();
    }

    /** The same as {@link #text()}. */
    @Override
    public String toString() {
        return text();
    }

    private int compareTo(Score threshold) {
        return toScore().compareTo(Objects.requireNonNull(threshold, "threshold"));
    }
}
