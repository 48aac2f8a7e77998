package com.satisfaction.core.expectation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One person of a team customer: their raw weight in the team and their pairs, one per indicator of the model.
 *
 * @param weight the raw person weight vⱼ, 0 or more (normalised with the others)
 * @param pairs  expected and received per indicator, in the model's indicator order
 */
public record TeamMember(BigDecimal weight, List<ExpectationPair> pairs) {

    /**
     * Creates a team member.
     *
     * @throws IllegalArgumentException when the weight is negative
     */
    public TeamMember {
        Objects.requireNonNull(weight, "weight");
        pairs = List.copyOf(pairs);
        if (weight.signum() < 0) {
            throw new IllegalArgumentException(
                    "person weight " + weight.toPlainString() + " is negative (allowed 0 or more)");
        }
    }
}
