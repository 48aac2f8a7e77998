package com.satisfaction.core.complaint;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The response and resolution targets per severity, and the overdue rule that follows from them: a complaint is
 * overdue when it is still unacknowledged past its acknowledgement deadline, or still unresolved past its
 * resolution deadline. A complaint reopened after its resolution (FOLLOWED_UP → INVESTIGATING) counts as
 * unresolved again, so the caller passes the resolution time only while the complaint stands resolved.
 */
public final class HandlingTargets {

    private final Map<Severity, HandlingTarget> targets;

    private HandlingTargets(Map<Severity, HandlingTarget> targets) {
        this.targets = targets;
    }

    /** One target for every severity; a missing severity is a configuration error. */
    public static HandlingTargets of(Map<Severity, HandlingTarget> targets) {
        EnumMap<Severity, HandlingTarget> copy = new EnumMap<>(Severity.class);
        copy.putAll(targets);
        for (Severity severity : Severity.values()) {
            if (copy.get(severity) == null) {
                throw new IllegalArgumentException("no handling target for severity " + severity);
            }
        }
        return new HandlingTargets(copy);
    }

    /** Defaults: critical 4 h / 3 days, high (major) 24 h / 7 days, medium 48 h / 14 days, low 72 h / 30 days. */
    public static HandlingTargets defaults() {
        return of(Map.of(
                Severity.CRITICAL, new HandlingTarget(Duration.ofHours(4), Duration.ofDays(3)),
                Severity.HIGH, new HandlingTarget(Duration.ofHours(24), Duration.ofDays(7)),
                Severity.MEDIUM, new HandlingTarget(Duration.ofHours(48), Duration.ofDays(14)),
                Severity.LOW, new HandlingTarget(Duration.ofHours(72), Duration.ofDays(30))));
    }

    public HandlingTarget of(Severity severity) {
        return targets.get(Objects.requireNonNull(severity, "severity"));
    }

    public Instant acknowledgeBy(Severity severity, Instant receivedAt) {
        return receivedAt.plus(of(severity).acknowledgeWithin());
    }

    public Instant resolveBy(Severity severity, Instant receivedAt) {
        return receivedAt.plus(of(severity).resolveWithin());
    }

    /**
     * Whether a complaint is overdue at {@code now}.
     *
     * @param acknowledgedAt when it was first acknowledged, empty if not yet
     * @param resolvedAt     when it was resolved, empty while it is not (or no longer) resolved
     */
    public boolean overdue(Severity severity, Instant receivedAt, Optional<Instant> acknowledgedAt,
                           Optional<Instant> resolvedAt, Instant now) {
        if (resolvedAt.isPresent()) {
            return false;
        }
        boolean unacknowledgedTooLong = acknowledgedAt.isEmpty() && now.isAfter(acknowledgeBy(severity, receivedAt));
        return unacknowledgedTooLong || now.isAfter(resolveBy(severity, receivedAt));
    }
}
