package com.satisfaction.web.period;

import com.satisfaction.core.period.Period;
import com.satisfaction.core.scoring.CompositePart;

import java.util.Map;
import java.util.Optional;

/**
 * The operational record of a half-year as the composite needs it (SPEC §4.6): per customer the quantities delivered
 * and returned and the lost business, praise and claims recorded in the period, the customers lost (churn), and where
 * each part's evidence is listed.
 */
public interface OperationalInputs {

    /** The period's operational record; customers with nothing recorded are left out. */
    Record forPeriod(Period period);

    /**
     * The page listing the evidence of an operational part for one customer and period; empty when there is none to
     * show.
     */
    Optional<String> evidenceUrl(CompositePart part, long customerId, Period period);

    /**
     * One customer's operational counts for a period.
     *
     * @param delivered      quantity delivered
     * @param returned       quantity returned
     * @param lostBusinesses lost customers or lines of business
     * @param praises        praise received
     * @param claims         claims made
     */
    record Counts(long delivered, long returned, int lostBusinesses, int praises, int claims) {

        /** Nothing recorded: no delivery (the return part is "no data"), nothing lost, no praise, no claim. */
        public static final Counts NONE = new Counts(0, 0, 0, 0, 0);
    }

    /**
     * A period's operational record.
     *
     * @param byCustomer    the counts of each customer with something recorded
     * @param customersLost customers lost in the period (the churn rate's numerator)
     */
    record Record(Map<Long, Counts> byCustomer, long customersLost) {

        public Record {
            byCustomer = Map.copyOf(byCustomer);
        }

        public Counts of(long customerId) {
            return byCustomer.getOrDefault(customerId, Counts.NONE);
        }
    }
}
