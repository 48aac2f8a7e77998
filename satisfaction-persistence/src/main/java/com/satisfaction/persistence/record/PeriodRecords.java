package com.satisfaction.persistence.record;

import com.satisfaction.core.period.Period;
import com.satisfaction.core.record.Money;

import java.util.List;

/**
 * What the operational record holds for a whole period: praise, claims with their totals per currency, lost business
 * (customers and product lines), and the customers lost (distinct customers with a loss of kind CUSTOMER dated in the
 * period: the numerator of the churn rate, SPEC §4.4).
 */
public record PeriodRecords(Period period, long praises, long claims, List<Money> claimed, long lostBusinesses,
                            long customersLost) {

    public PeriodRecords {
        claimed = List.copyOf(claimed);
    }
}
