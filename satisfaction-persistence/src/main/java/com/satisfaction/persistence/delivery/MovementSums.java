package com.satisfaction.persistence.delivery;

import com.satisfaction.core.scoring.ProductReturnRate;

import java.util.Optional;

/**
 * The rows a filter selects, counted and summed by the database.
 *
 * @param rows      how many rows
 * @param delivered units delivered in them
 * @param returned  units returned in them
 */
public record MovementSums(long rows, long delivered, long returned) {

    /** Returned ÷ delivered of these rows; empty when they deliver nothing. */
    public Optional<ProductReturnRate> productReturnRate() {
        return ProductReturnRate.ofDelivered(delivered).returned(returned);
    }
}
