package com.satisfaction.core.complaint;

import java.time.Duration;
import java.util.Objects;

/**
 * How soon a complaint of one severity must be acknowledged (received → acknowledged) and resolved
 * (received → resolved).
 */
public record HandlingTarget(Duration acknowledgeWithin, Duration resolveWithin) {

    public HandlingTarget {
        Objects.requireNonNull(acknowledgeWithin, "acknowledgeWithin");
        Objects.requireNonNull(resolveWithin, "resolveWithin");
        if (acknowledgeWithin.isNegative() || acknowledgeWithin.isZero()) {
            throw new IllegalArgumentException("acknowledgeWithin must be positive, was " + acknowledgeWithin);
        }
        if (resolveWithin.compareTo(acknowledgeWithin) < 0) {
            throw new IllegalArgumentException("resolveWithin (" + resolveWithin
                    + ") must not be shorter than acknowledgeWithin (" + acknowledgeWithin + ")");
        }
    }
}
