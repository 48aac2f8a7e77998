package com.satisfaction.core.segmentation;

import com.satisfaction.core.scoring.Score;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A customer as input to the segmentation: an id of the caller's choosing, the customer code that breaks ties in
 * value, annual value and composite.
 *
 * @param customer    the caller's customer id
 * @param code        the customer's code in the register (e.g. {@code C0042}), not blank; ranks customers of equal
 *                    value, in plain string order
 * @param annualValue revenue or CLV estimate, 0 or more
 * @param composite   the period's composite, 0–100
 * @param <K>         the id type
 */
public record ValuedCustomer<K>(K customer, String code, BigDecimal annualValue, Score composite) {

    /**
     * Creates a valued customer.
     *
     * @throws IllegalArgumentException when the code is blank, the value is negative or the composite outside 0–100
     */
    public ValuedCustomer {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new IllegalArgumentException("customer code of " + customer + " is blank");
        }
        Objects.requireNonNull(annualValue, "annualValue");
        Objects.requireNonNull(composite, "composite");
        if (annualValue.signum() < 0) {
            throw new IllegalArgumentException("annual value " + annualValue.toPlainString() + " of " + customer
                    + " is negative (allowed 0 or more)");
        }
        if (!composite.isBetween(Score.ZERO, Score.HUNDRED)) {
            throw new IllegalArgumentException(
                    "composite " + composite + " of " + customer + " is outside the allowed range 0–100");
        }
    }
}
