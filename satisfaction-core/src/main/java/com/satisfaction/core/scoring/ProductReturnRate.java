package com.satisfaction.core.scoring;

import java.util.Optional;

/**
 * Product return rate of one customer for one period (SPEC §4.6):
 * {@code quantity returned ÷ quantity delivered × 100}.
 *
 * @param delivered quantity delivered in the period, at least 1
 * @param returned  quantity returned in the period, 0 to {@code delivered}
 */
public record ProductReturnRate(long delivered, long returned) {

    /**
     * Creates a product return rate.
     *
     * @throws IllegalArgumentException when nothing was delivered or {@code returned} is outside 0–{@code delivered}
     */
    public ProductReturnRate {
        if (delivered <= 0) {
            throw new IllegalArgumentException("quantity delivered " + delivered + " must be at least 1; "
                    + "no deliveries is \"no data\", use ProductReturnRate.of which returns Optional");
        }
        if (returned < 0 || returned > delivered) {
            throw new IllegalArgumentException(
                    "quantity returned " + returned + " is outside the allowed range 0–" + delivered + " (delivered)");
        }
    }

    /**
     * The product return rate; empty when nothing was delivered.
     *
     * @throws IllegalArgumentException when a quantity is negative or more was returned than delivered
     */
    public static Optional<ProductReturnRate> of(long delivered, long returned) {
        if (delivered == 0 && returned == 0) {
            return Optional.empty();
        }
        return Optional.of(new ProductReturnRate(delivered, returned));
    }

    /** {@code returned ÷ delivered × 100}, from 0 to 100. */
    public Score percentage() {
        return Score.percent(returned, delivered);
    }
}
