package com.satisfaction.core.delivery;

/**
 * What is wrong with one field of a delivery or return line.
 *
 * @param field  the field
 * @param reason why it cannot be stored
 */
public record LineProblem(Field field, Reason reason) {

    /** The fields of a line. */
    public enum Field {
        /** The customer's register code. */
        CUSTOMER,
        /** Delivery or return. */
        KIND,
        /** The lot (批次). */
        LOT,
        /** The day of the delivery or return. */
        DATE,
        /** The quantity. */
        QUANTITY,
        /** Why the goods came back. */
        DEFECT_REASON
    }

    /** Why a field cannot be stored. */
    public enum Reason {
        /** Nothing given where something is needed. */
        REQUIRED,
        /** Neither delivery nor return. */
        UNKNOWN_KIND,
        /** Longer than the field holds. */
        TOO_LONG,
        /** Not a date of the calendar in a known form. */
        NOT_A_DATE,
        /** A date outside the years periods may have. */
        DATE_OUT_OF_RANGE,
        /** Not a whole number. */
        NOT_A_WHOLE_NUMBER,
        /** Zero or negative. */
        NOT_POSITIVE,
        /** Above {@link DeliveryRules#QUANTITY_MAX}. */
        TOO_LARGE
    }
}
