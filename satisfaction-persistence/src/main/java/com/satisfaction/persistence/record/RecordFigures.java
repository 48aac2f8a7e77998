package com.satisfaction.persistence.record;

import com.satisfaction.core.period.Period;
import com.satisfaction.core.record.CustomerRecords;

import java.util.Collection;
import java.util.List;

/**
 * The operational record counted by the database for a period (records dated from its first to its last day): per
 * customer what the composite score reads (SPEC §4.6), and for the whole period what the churn rate reads (§4.4).
 */
public interface RecordFigures {

    /**
     * Every customer with at least one praise, claim or lost business dated in the period, in customer id order; a
     * customer not listed has nothing recorded ({@link CustomerRecords#nothingRecorded(long)}). One SQL aggregate.
     */
    List<CustomerRecords> customerRecords(Period period);

    /** {@link #customerRecords(Period)} of the given customers only. */
    List<CustomerRecords> customerRecords(Period period, Collection<Long> customers);

    /** The customers lost as a whole in the period (lost business of kind CUSTOMER), in id order. */
    List<Long> customersLost(Period period);

    /** {@link #customersLost(Period)} among the given customers. */
    List<Long> customersLost(Period period, Collection<Long> customers);

    /** One customer's figures for the period; zeros when nothing is recorded. */
    CustomerRecords customerRecords(long customerId, Period period);

    /** The period's totals and the customers lost in it. */
    PeriodRecords periodRecords(Period period);
}
