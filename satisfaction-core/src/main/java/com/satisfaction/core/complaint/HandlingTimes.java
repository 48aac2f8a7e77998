package com.satisfaction.core.complaint;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The response time (received → first acknowledged) and resolution time (received → resolved) of one complaint, and
 * how they compare with its targets. A complaint reopened after its resolution has no resolution time until it is
 * resolved again, so {@code resolvedAt} is given only while it stands resolved.
 */
public record HandlingTimes(Instant receivedAt, Optional<Instant> acknowledgedAt, Optional<Instant> resolvedAt) {

    public HandlingTimes {
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(acknowledgedAt, "acknowledgedAt");
        Objects.requireNonNull(resolvedAt, "resolvedAt");
    }

    public static HandlingTimes of(Instant receivedAt, Instant acknowledgedAt, Instant resolvedAt) {
        return new HandlingTimes(receivedAt, Optional.ofNullable(acknowledgedAt), Optional.ofNullable(resolvedAt));
    }

    /** Received → first acknowledged; empty until acknowledged. */
    public Optional<Duration> responseTime() {
        return acknowledgedAt.map(at -> Duration.between(receivedAt, at));
    }

    /** Received → resolved; empty while not resolved. */
    public Optional<Duration> resolutionTime() {
        return resolvedAt.map(at -> Duration.between(receivedAt, at));
    }

    /** Whether it was acknowledged within {@code target}; empty until acknowledged. */
    public Optional<Boolean> respondedWithin(HandlingTarget target) {
        return responseTime().map(time -> time.compareTo(target.acknowledgeWithin()) <= 0);
    }

    /** Whether it was resolved within {@code target}; empty while not resolved. */
    public Optional<Boolean> resolvedWithin(HandlingTarget target) {
        return resolutionTime().map(time -> time.compareTo(target.resolveWithin()) <= 0);
    }

    /** Whether, at {@code now}, it is past a deadline it has not met (the rule of {@link HandlingTargets#overdue}). */
    public boolean overdue(HandlingTargets targets, Severity severity, Instant now) {
        return targets.overdue(severity, receivedAt, acknowledgedAt, resolvedAt, now);
    }
}
