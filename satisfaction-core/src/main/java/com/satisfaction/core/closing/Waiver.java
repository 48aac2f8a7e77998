package com.satisfaction.core.closing;

import java.util.Objects;

/**
 * A recorded decision to close a period below its gate: who decided and why (IATF 16949 asks for a representative
 * sample; the report shows either the figures or this waiver).
 */
public record Waiver(String grantedBy, String reason) {

    public Waiver {
        Objects.requireNonNull(grantedBy, "grantedBy");
        if (grantedBy.isBlank()) {
            throw new IllegalArgumentException("a waiver names who granted it");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a waiver gives its reason");
        }
        if (reason.length() > PeriodLifecycle.MAX_TEXT) {
            throw new IllegalArgumentException("waiver reason of " + reason.length() + " characters (allowed: at most "
                    + PeriodLifecycle.MAX_TEXT + ")");
        }
    }
}
