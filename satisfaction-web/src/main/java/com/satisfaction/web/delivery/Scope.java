package com.satisfaction.web.delivery;

/** What a typed row stands for: one lot on a day, or the total of a period when the ERP has no lot detail. */
public enum Scope {
    LOT, PERIOD;

    /** The scope a request names; anything else is a lot, the usual case. */
    static Scope of(String text) {
        return "PERIOD".equals(text) ? PERIOD : LOT;
    }
}
