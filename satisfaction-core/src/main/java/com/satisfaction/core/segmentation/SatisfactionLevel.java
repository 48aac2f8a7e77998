package com.satisfaction.core.segmentation;

import com.satisfaction.core.scoring.Score;
import com.satisfaction.core.scoring.ScoringPolicy;

/** A customer's satisfaction level from the composite (SPEC §4.8): &lt; 85, 85–94.9, ≥ 95 under FM40. */
public enum SatisfactionLevel {

    /** Composite below the policy's satisfied threshold (85). */
    DISSATISFIED,
    /** Composite from the satisfied threshold up to, not including, the very-satisfied threshold (95). */
    SATISFIED,
    /** Composite at or above the very-satisfied threshold. */
    VERY_SATISFIED;

    /**
     * The level of a composite of 0–100 under {@code policy}.
     *
     * @throws IllegalArgumentException when the composite is outside 0–100
     */
    public static SatisfactionLevel of(Score composite, ScoringPolicy policy) {
        if (!composite.isBetween(Score.ZERO, Score.HUNDRED)) {
            throw new IllegalArgumentException("composite " + composite + " is outside the allowed range 0–100");
        }
        if (composite.isLessThan(policy.satisfiedFrom())) {
            return DISSATISFIED;
        }
        return composite.isLessThan(policy.verySatisfiedFrom()) ? SATISFIED : VERY_SATISFIED;
    }
}
