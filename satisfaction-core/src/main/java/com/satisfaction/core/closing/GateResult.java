package com.satisfaction.core.closing;

import java.util.List;
import java.util.Optional;

/**
 * What the close gate found: the shortfalls (empty when the gate is met) and the waiver, if one was recorded. The
 * gate is passed when there is no shortfall or a waiver covers them.
 */
public record GateResult(List<Shortfall> shortfalls, Optional<Waiver> waiver) {

    /** Why a period does not meet its gate. */
    public enum Shortfall {
        /** No campaign of the period sent anything: there is no response rate to judge. */
        NOTHING_SENT,
        /** The response rate, as shown, is below its target. */
        RESPONSE_RATE_BELOW_TARGET,
        /** At least one key account has not answered. */
        KEY_ACCOUNT_UNANSWERED
    }

    public GateResult {
        shortfalls = List.copyOf(shortfalls);
    }

    public boolean met() {
        return shortfalls.isEmpty();
    }

    public boolean passed() {
        return met() || waiver.isPresent();
    }

    /** Whether closing rests on the waiver (the report then shows it instead of a met gate). */
    public boolean waived() {
        return !met() && waiver.isPresent();
    }
}
