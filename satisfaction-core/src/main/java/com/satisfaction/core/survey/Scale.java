package com.satisfaction.core.survey;

/**
 * An answer scale: the allowed integer values of a scaled question and the value from which an answer counts as
 * positive for CSAT (SPEC §4.1).
 */
public enum Scale {

    /** Five labelled levels 非常好/好/普通/差/非常差, stored as 5…1; positive from 好 (4). */
    LIKERT5(1, 5, 4),
    /** Numeric 1–5; positive from 4. */
    ONE_TO_FIVE(1, 5, 4),
    /** Numeric 1–7 (CES); positive from 5. */
    ONE_TO_SEVEN(1, 7, 5),
    /** Numeric 1–10 (ratings, expectation pairs); positive from 8. */
    ONE_TO_TEN(1, 10, 8),
    /** Numeric 0–10 (NPS); positive from 9, the promoters. */
    ZERO_TO_TEN(0, 10, 9);

    private final int min;
    private final int max;
    private final int defaultPositiveThreshold;

    Scale(int min, int max, int defaultPositiveThreshold) {
        this.min = min;
        this.max = max;
        this.defaultPositiveThreshold = defaultPositiveThreshold;
    }

    /** The lowest allowed value. */
    public int min() {
        return min;
    }

    /** The highest allowed value; an answer earns {@code value ÷ max} of its points (SPEC §4.5). */
    public int max() {
        return max;
    }

    /** The value from which an answer is positive unless the question sets its own threshold. */
    public int defaultPositiveThreshold() {
        return defaultPositiveThreshold;
    }

    /** Whether {@code value} is one of this scale's values. */
    public boolean contains(int value) {
        return value >= min && value <= max;
    }

    /**
     * Returns {@code value} if it lies on this scale.
     *
     * @throws IllegalArgumentException naming the value and the allowed range otherwise
     */
    public int requireValue(int value) {
        if (!contains(value)) {
            throw new IllegalArgumentException(
                    "value " + value + " is outside the scale " + name() + " (allowed " + range() + ")");
        }
        return value;
    }

    /** The allowed range for messages, e.g. {@code "1–7"}. */
    public String range() {
        return min + "–" + max;
    }
}
