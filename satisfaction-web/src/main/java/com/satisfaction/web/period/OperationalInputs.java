package com.satisfaction.web.period;

import com.satisfaction.core.period.Period;
import com.satisfaction.core.scoring.CompositePart;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The operational record of a half-year as the composite needs it (SPEC §4.6): per customer the quantities delivered
 * and returned and the lost business, praise and claims recorded in the period, whether it was lost (churn), and where
 * each part's evidence is listed.
 */
public interface OperationalInputs {

    /** The period's operational record; customers with nothing recorded are left out. */
    Record forPeriod(Period period);

    /** The period's operational record of the given customers only. */
    Record forCustomers(Period period, Collection<Long> customers);

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
     * @param customerLost   whether the customer as a whole was lost (churn)
     */
    record Counts(long delivered, long returned, int lostBusinesses, int praises, int claims, boolean customerLost) {

        /** Nothing recorded: no delivery (the return part is "no data"), nothing lost, no praise, no claim. */
        public static final Counts NONE = new Counts(0, 0, 0, 0, 0, false);
    }

    /**
     * A period's operational record.
     *
     * @param byCustomer the counts of each customer with something recorded
     */
    record Record(Map<Long, Counts> byCustomer) {

        public Record {
            byCustomer = Map.copyOf(byCustomer);
        }

        public Counts of(long customerId) {
            return byCustomer.getOrDefault(customerId, Counts.NONE);
        }
    }
}
