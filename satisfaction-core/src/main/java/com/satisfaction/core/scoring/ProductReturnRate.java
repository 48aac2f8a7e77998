package com.satisfaction.core.scoring;

import java.util.Optional;

/**
 * Product return rate (退货率) of one customer for one period (SPEC §4.6):
 * {@code quantity returned ÷ quantity delivered × 100}. Not the response rate of a campaign, which is
 * {@link ResponseRate}. Built by name, so that the two quantities cannot be swapped unnoticed:
 * <pre>{@code
 * ProductReturnRate.ofDelivered(10_000).returned(50)   // Optional[0.5 %]
 * }</pre>
 * Goods returned in a period may come from an earlier period's deliveries, so more returned than delivered is a valid
 * rate above 100 % (it earns no points), and nothing delivered is "no data" whatever was returned.
 *
 * @param delivered quantity delivered in the period, at least 1
 * @param returned  quantity returned in the period, 0 or more
 */
public record ProductReturnRate(long delivered, long returned) {

    /**
     * Creates a product return rate.
     *
     * @throws IllegalArgumentException when nothing was delivered or {@code returned} is negative
     */
    public ProductReturnRate {
        if (delivered <= 0) {
            throw new IllegalArgumentException("quantity delivered " + delivered + " must be at least 1; no deliveries "
                    + "is \"no data\", use ProductReturnRate.ofDelivered(…).returned(…) which returns Optional");
        }
        Require.count("quantity returned", returned);
    }

    /**
     * The first half of {@code ProductReturnRate.ofDelivered(delivered).returned(returned)}.
     *
     * @param quantity the quantity delivered in the period, 0 or more
     */
    public static Delivered ofDelivered(long quantity) {
        return new Delivered(quantity);
    }

    /** {@code returned ÷ delivered × 100}: 0 or more, above 100 when more was returned than delivered. */
    public Score percentage() {
        return Score.percent(returned, delivered);
    }

    /**
     * The quantity delivered, waiting for the quantity returned.
     *
     * @param quantity the quantity delivered in the period
     */
    public record Delivered(long quantity) {

        /**
         * The product return rate; empty when nothing was delivered, whatever was returned (SPEC §4.6).
         *
         * @param returnedQuantity the quantity returned in the period, 0 or more; may exceed the quantity delivered
         * @throws IllegalArgumentException when a quantity is negative
         */
        public Optional<ProductReturnRate> returned(long returnedQuantity) {
            Require.count("quantity delivered", quantity);
            Require.count("quantity returned", returnedQuantity);
            return quantity == 0 ? Optional.empty() : Optional.of(new ProductReturnRate(quantity, returnedQuantity));
        }
    }
}
