package com.satisfaction.persistence.period;

import java.util.Optional;
import java.util.Set;

/**
 * Whose inputs a period query reads: everyone, or some customers and/or the campaign recipients that are in no
 * customer's register entry.
 */
public final class CustomerSelection {

    private static final CustomerSelection EVERYONE = new CustomerSelection(null, true);

    private final Set<Long> customers;
    private final boolean withoutCustomer;

    private CustomerSelection(Set<Long> customers, boolean withoutCustomer) {
        this.customers = customers;
        this.withoutCustomer = withoutCustomer;
    }

    public static CustomerSelection everyone() {
        return EVERYONE;
    }

    /** The given customers, plus the rows without a customer when {@code withoutCustomer}. */
    public static CustomerSelection of(Set<Long> customers, boolean withoutCustomer) {
        return new CustomerSelection(Set.copyOf(customers), withoutCustomer);
    }

    /** The customers selected; empty when everyone is. */
    public Optional<Set<Long>> customers() {
        return Optional.ofNullable(customers);
    }

    public boolean withoutCustomer() {
        return withoutCustomer;
    }
}
