package com.satisfaction.core.record;

/**
 * What was lost (流失业务): the whole customer, which also counts in the churn rate (SPEC §4.4), or one product line of
 * a customer who stays.
 */
public enum LostBusinessKind {
    /** The customer no longer buys from us at all. */
    CUSTOMER,
    /** The customer stopped buying one product line; the line must be named. */
    PRODUCT_LINE;

    /** Whether a record of this kind must name the product line. */
    public boolean needsProductLine() {
        return this == PRODUCT_LINE;
    }

    /** Whether a record of this kind counts as a lost customer in the churn rate. */
    public boolean losesTheCustomer() {
        return this == CUSTOMER;
    }
}
