package com.satisfaction.core.segmentation;

import com.satisfaction.core.scoring.Score;
import com.satisfaction.core.scoring.ScoringPolicy;
import com.satisfaction.core.scoring.Verdict;

/**
 * A customer's satisfaction level from the composite (SPEC §4.8): &lt; 85, 85–94.9, ≥ 95 under FM40, read on the
 * composite as shown (94.95 shows 95.0 and is very satisfied).
 */
public enum SatisfactionLevel {

    /** Composite below the policy's satisfied threshold (85): the verdict {@link Verdict#NOT_SATISFIED}. */
    DISSATISFIED,
    /** Composite from the satisfied threshold up to, not including, the very-satisfied threshold (95). */
    SATISFIED,
    /** Composite at or above the very-satisfied threshold. */
    VERY_SATISFIED;

    /**
     * The level of a composite of 0–100 under {@code policy}, read on the composite as shown.
     *
     * @throws IllegalArgumentException when the composite is outside 0–100
     */
    public static SatisfactionLevel of(Score composite, ScoringPolicy policy) {
        if (policy.verdictOf(composite) == Verdict.NOT_SATISFIED) {
            return DISSATISFIED;
        }
        return composite.displayed().isBelow(policy.verySatisfiedFrom()) ? SATISFIED : VERY_SATISFIED;
    }
}
