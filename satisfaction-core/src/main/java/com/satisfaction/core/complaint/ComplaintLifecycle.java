package com.satisfaction.core.complaint;

import java.time.Instant;
import java.util.Objects;

/**
 * The rules of a complaint's handling as a small state machine (SPEC §5, first-responder ownership 首问负责制):
 * RECEIVED → ACKNOWLEDGED → INVESTIGATING → RESOLVED → FOLLOWED_UP → CLOSED, one step at a time, and FOLLOWED_UP →
 * INVESTIGATING when the customer is not satisfied. Each step checks the fields it needs: root cause and corrective
 * action to resolve, the customer's satisfaction with the handling (1–5) at follow-up, an effectiveness check with
 * evidence to close, a reason to reopen. Hand-over to another owner, editing, recording and deleting have their
 * rules here too. Every answer is an {@link Outcome}; nothing here throws for a refused change.
 */
public final class ComplaintLifecycle {

    /** The longest text a field of a complaint holds. */
    public static final int MAX_TEXT = 4000;
    /** The lowest and highest satisfaction with the handling. */
    public static final int MIN_SATISFACTION = 1;
    public static final int MAX_SATISFACTION = 5;

    static final String CLOSED = "complaints.refused.closed";
    static final String NOT_NEXT = "complaints.refused.notNext";
    static final String ROOT_CAUSE = "complaints.refused.rootCause";
    static final String CORRECTIVE_ACTION = "complaints.refused.correctiveAction";
    static final String SATISFACTION = "complaints.refused.satisfaction";
    static final String EFFECTIVENESS = "complaints.refused.effectiveness";
    static final String EVIDENCE = "complaints.refused.evidence";
    static final String REOPEN_REASON = "complaints.refused.reopenReason";
    static final String TOO_LONG = "complaints.refused.tooLong";
    static final String HANDOVER_CLOSED = "complaints.handover.closed";
    static final String HANDOVER_OWNER = "complaints.handover.ownerRequired";
    static final String HANDOVER_SAME = "complaints.handover.sameOwner";
    static final String HANDOVER_NOT_ELIGIBLE = "complaints.handover.notEligible";
    static final String HANDOVER_REASON = "complaints.handover.reasonRequired";
    static final String RECEIVED_FUTURE = "complaints.receivedAt.future";
    static final String RECEIVED_FIXED = "complaints.receivedAt.fixed";
    static final String DELETE_STARTED = "complaints.delete.started";

    private ComplaintLifecycle() {
    }

    /** Whether a complaint in {@code current} may take {@code transition} with {@code input}, and where it then stands. */
    public static Outcome check(ComplaintStatus current, Transition transition, StepInput input) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(transition, "transition");
        Objects.requireNonNull(input, "input");
        if (current == ComplaintStatus.CLOSED) {
            return new Outcome.Refused(CLOSED);
        }
        if (transition.from() != current) {
            return new Outcome.Refused(NOT_NEXT);
        }
        if (tooLong(input.note()) || tooLong(input.rootCause()) || tooLong(input.correctiveAction())
                || tooLong(input.evidence())) {
            return new Outcome.Refused(TOO_LONG);
        }
        String missing = switch (transition) {
            case ACKNOWLEDGE, INVESTIGATE -> null;
            case RESOLVE -> !StepInput.given(input.rootCause()) ? ROOT_CAUSE
                    : !StepInput.given(input.correctiveAction()) ? CORRECTIVE_ACTION : null;
            case FOLLOW_UP -> input.handlingSatisfaction() == null
                    || input.handlingSatisfaction() < MIN_SATISFACTION
                    || input.handlingSatisfaction() > MAX_SATISFACTION ? SATISFACTION : null;
            case CLOSE -> input.effectiveness() == null ? EFFECTIVENESS
                    : !StepInput.given(input.evidence()) ? EVIDENCE : null;
            case REOPEN -> !StepInput.given(input.note()) ? REOPEN_REASON : null;
        };
        return missing == null ? new Outcome.Allowed(transition.to()) : new Outcome.Refused(missing);
    }

    /**
     * Whether a complaint in {@code status}, owned by {@code currentOwner}, may be handed over to {@code newOwner}:
     * not once closed, only to someone else who may handle complaints ({@code newOwnerMayHandle}), and with a reason.
     */
    public static Outcome handOver(ComplaintStatus status, long currentOwner, Long newOwner, boolean newOwnerMayHandle,
                                   String reason) {
        Objects.requireNonNull(status, "status");
        if (status == ComplaintStatus.CLOSED) {
            return new Outcome.Refused(HANDOVER_CLOSED);
        }
        if (newOwner == null) {
            return new Outcome.Refused(HANDOVER_OWNER);
        }
        if (newOwner == currentOwner) {
            return new Outcome.Refused(HANDOVER_SAME);
        }
        if (!newOwnerMayHandle) {
            return new Outcome.Refused(HANDOVER_NOT_ELIGIBLE);
        }
        if (!StepInput.given(reason)) {
            return new Outcome.Refused(HANDOVER_REASON);
        }
        if (tooLong(reason)) {
            return new Outcome.Refused(TOO_LONG);
        }
        return new Outcome.Allowed(status);
    }

    /** A complaint cannot have been received after the moment it is recorded. */
    public static Outcome record(Instant receivedAt, Instant now) {
        Objects.requireNonNull(receivedAt, "receivedAt");
        return receivedAt.isAfter(now) ? new Outcome.Refused(RECEIVED_FUTURE) : new Outcome.Allowed(ComplaintStatus.RECEIVED);
    }

    /**
     * Whether a complaint in {@code status} may have its details changed. The time it was received may change only
     * while nothing has been done yet (the response and resolution times count from it), and never into the future.
     */
    public static Outcome edit(ComplaintStatus status, Instant receivedAt, Instant newReceivedAt, Instant now) {
        Objects.requireNonNull(status, "status");
        if (status == ComplaintStatus.CLOSED) {
            return new Outcome.Refused(CLOSED);
        }
        if (!newReceivedAt.equals(receivedAt)) {
            if (status != ComplaintStatus.RECEIVED) {
                return new Outcome.Refused(RECEIVED_FIXED);
            }
            if (newReceivedAt.isAfter(now)) {
                return new Outcome.Refused(RECEIVED_FUTURE);
            }
        }
        return new Outcome.Allowed(status);
    }

    /**
     * Whether a complaint may be deleted: only a complaint recorded by mistake, on which nothing has been done yet
     * (still RECEIVED). Once handling has started its history is part of the record and stays.
     */
    public static Outcome delete(ComplaintStatus status) {
        return status == ComplaintStatus.RECEIVED ? new Outcome.Allowed(status) : new Outcome.Refused(DELETE_STARTED);
    }

    private static boolean tooLong(String text) {
        return text != null && text.length() > MAX_TEXT;
    }
}
