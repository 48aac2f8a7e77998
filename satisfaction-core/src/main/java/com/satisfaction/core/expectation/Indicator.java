package com.satisfaction.core.expectation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One thing a customer expects, with its raw weight (normalised with the others by {@link ExpectationModel}).
 *
 * @param name   e.g. "delivery time"
 * @param weight the raw weight, 0 or more
 */
public record Indicator(String name, BigDecimal weight) {

    /**
     * Creates an indicator.
     *
     * @throws IllegalArgumentException when the name is blank or the weight negative
     */
    public Indicator {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weight, "weight");
        if (name.isBlank()) {
            throw new IllegalArgumentException("indicator name is blank");
        }
        if (weight.signum() < 0) {
            throw new IllegalArgumentException(
                    "weight " + weight.toPlainString() + " of " + name + " is negative (allowed 0 or more)");
        }
    }
}
