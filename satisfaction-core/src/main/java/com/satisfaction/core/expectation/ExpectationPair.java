package com.satisfaction.core.expectation;

import com.satisfaction.core.scoring.Score;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a customer expected and received on one indicator (SPEC §4.7), e.g. on the 1–10 scale of an
 * {@code EXPECTATION_PAIR} question.
 *
 * @param expected the expectation eᵢ, more than 0
 * @param received what was received rᵢ, 0 or more
 */
public record ExpectationPair(BigDecimal expected, BigDecimal received) {

    /**
     * Creates a pair.
     *
     * @throws IllegalArgumentException when the expectation is zero or negative, or received is negative
     */
    public ExpectationPair {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(received, "received");
        if (expected.signum() <= 0) {
            throw new IllegalArgumentException("expectation " + expected.toPlainString()
                    + " must be more than 0 (S = Σ wᵢ·rᵢ/eᵢ divides by it)");
        }
        if (received.signum() < 0) {
            throw new IllegalArgumentException(
                    "received " + received.toPlainString() + " is negative (allowed 0 or more)");
        }
    }

    /** A pair of whole-number answers. */
    public static ExpectationPair of(long expected, long received) {
        return new ExpectationPair(BigDecimal.valueOf(expected), BigDecimal.valueOf(received));
    }

    /** {@code rᵢ ÷ eᵢ}; above 1 when more was received than expected. */
    public Score ratio() {
        return Score.of(received).dividedBy(Score.of(expected));
    }

    /** {@code rᵢ − eᵢ}; negative when less was received than expected. */
    public Score gap() {
        return Score.of(received).minus(Score.of(expected));
    }
}
