package com.satisfaction.core.closing;

/**
 * The half-year's lifecycle: OPEN → CLOSED when the close gate is passed (or waived); CLOSED → RE_OPENED only with a
 * recorded reason; RE_OPENED → CLOSED again under the same gate.
 */
public final class PeriodLifecycle {

    /** Longest reason or waiver text kept. */
    public static final int MAX_TEXT = 2000;

    private PeriodLifecycle() {
    }

    /** Closing a period whose gate gave {@code gate}. */
    public static PeriodTransition close(PeriodStatus from, GateResult gate) {
        if (from == PeriodStatus.CLOSED) {
            return new PeriodTransition.Refused("period.refused.alreadyClosed");
        }
        if (!gate.passed()) {
            return new PeriodTransition.Refused("period.refused.gate");
        }
        return new PeriodTransition.Allowed(PeriodStatus.CLOSED);
    }

    /** Re-opening a closed period, for the reason given. */
    public static PeriodTransition reopen(PeriodStatus from, String reason) {
        if (from != PeriodStatus.CLOSED) {
            return new PeriodTransition.Refused("period.refused.notClosed");
        }
        if (reason == null || reason.isBlank()) {
            return new PeriodTransition.Refused("period.refused.reasonRequired");
        }
        if (reason.length() > MAX_TEXT) {
            return new PeriodTransition.Refused("period.refused.reasonTooLong");
        }
        return new PeriodTransition.Allowed(PeriodStatus.RE_OPENED);
    }
}
