package com.satisfaction.web.dashboard;

import java.math.BigDecimal;

/** The change between two figures as they are shown, so that it never contradicts them. */
final class Change {

    private Change() {
    }

    /** {@code after − before}, signed ("+2.3", "-1.0", "0.0"); null when either is missing. */
    static String between(String before, String after) {
        if (before == null || after == null) {
            return null;
        }
        BigDecimal change = new BigDecimal(after).subtract(new BigDecimal(before));
        return (change.signum() > 0 ? "+" : "") + change.toPlainString();
    }
}
