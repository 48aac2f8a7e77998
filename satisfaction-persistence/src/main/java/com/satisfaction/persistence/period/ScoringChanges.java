package com.satisfaction.persistence.period;

import java.util.Set;

/**
 * The customers whose scoring inputs changed since a horizon (see {@link PeriodQueries#scoringChangesSince}).
 *
 * @param customers       the customers
 * @param withoutCustomer whether rows without a customer (recipients in no register entry) changed
 */
public record ScoringChanges(Set<Long> customers, boolean withoutCustomer) {

    public ScoringChanges {
        customers = Set.copyOf(customers);
    }

    public boolean none() {
        return customers.isEmpty() && !withoutCustomer;
    }
}
