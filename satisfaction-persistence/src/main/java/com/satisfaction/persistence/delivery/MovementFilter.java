package com.satisfaction.persistence.delivery;

import com.satisfaction.core.delivery.MovementKind;
import com.satisfaction.core.period.Period;

/**
 * What the deliveries list shows: rows of customers whose code or name holds {@code customer}, dated in
 * {@code period}, of {@code kind}; a null (or blank customer) is no filter.
 *
 * @param customer   part of a customer's code or name, any case
 * @param customerId one customer (as a composite's evidence links to it)
 * @param period     the half-year the rows are dated in
 * @param kind       deliveries or returns only
 */
public record MovementFilter(String customer, Long customerId, Period period, MovementKind kind) {

    /** Blank customer text is no filter. */
    public MovementFilter {
        customer = customer == null || customer.isBlank() ? null : customer.strip();
    }

    /** Rows of customers whose code or name holds {@code customer}, dated in {@code period}, of {@code kind}. */
    public MovementFilter(String customer, Period period, MovementKind kind) {
        this(customer, null, period, kind);
    }
}
