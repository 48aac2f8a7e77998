package com.satisfaction.persistence.delivery;

import com.satisfaction.core.scoring.ProductReturnRate;

import java.util.Optional;

/**
 * Quantity delivered and quantity returned by one customer in one period: lots dated in the period plus the period's
 * hand-typed totals (SPEC §4.6).
 *
 * @param customerId the customer
 * @param delivered  units delivered in the period, 0 or more
 * @param returned   units returned in the period, 0 or more
 */
public record DeliveryTotals(long customerId, long delivered, long returned) {

    /** The product return rate (退货率); empty ("no data") when nothing was delivered, whatever came back. */
    public Optional<ProductReturnRate> productReturnRate() {
        return ProductReturnRate.ofDelivered(delivered).returned(returned);
    }
}
