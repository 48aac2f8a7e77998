package com.satisfaction.core.scoring;

/** The five parts of the composite score (SPEC §4.6), in the order of the FM40 form. */
public enum CompositePart {

    /** The survey score × 60 %. */
    SURVEY,
    /** The product return rate. */
    PRODUCT_RETURNS,
    /** Lost customers or lines of business. */
    LOST_BUSINESS,
    /** Written or spoken praise. */
    PRAISE,
    /** Customer claims. */
    CLAIMS;

    /** Whether this part comes from the operational record; a deduction in it calls a management review. */
    public boolean isOperational() {
        return this != SURVEY;
    }
}
