package com.satisfaction.persistence.statistics;

import java.time.Instant;
import java.util.Objects;

/**
 * A span of time complaints are counted in by when they were received, from {@code from} (inclusive) to
 * {@code until} (exclusive), named by {@code key} (e.g. the month, or 0 for the whole year).
 */
public record TimeWindow(int key, Instant from, Instant until) {

    public TimeWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (!from.isBefore(until)) {
            throw new IllegalArgumentException("window " + key + " ends (" + until + ") before it starts (" + from + ")");
        }
    }
}
