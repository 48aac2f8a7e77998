package com.satisfaction.core.action;

import java.util.Objects;

/**
 * The transition rules of an improvement action. Forward one step at a time; DONE needs the result of the work,
 * VERIFIED an effectiveness note (did the action work, and how was that checked); DONE goes back to IN_PROGRESS when
 * the verification fails, with a note saying why. VERIFIED is final. Each change carries one text: the result for
 * DONE, the effectiveness note for VERIFIED, the reason for going back, or an optional note for starting work.
 */
public final class ActionLifecycle {

    /** Refused: the action already has this status. */
    public static final String SAME_STATUS = "actions.refused.sameStatus";
    /** Refused: a verified action is closed for good. */
    public static final String FINAL = "actions.refused.final";
    /** Refused: not the next step (a skip, or back where going back is not allowed). */
    public static final String NOT_NEXT = "actions.refused.notNext";
    /** Refused: DONE without the result of the work. */
    public static final String RESULT_REQUIRED = "actions.refused.resultRequired";
    /** Refused: VERIFIED without an effectiveness note. */
    public static final String EFFECTIVENESS_REQUIRED = "actions.refused.effectivenessRequired";
    /** Refused: back to IN_PROGRESS without saying why the verification failed. */
    public static final String REOPEN_NOTE_REQUIRED = "actions.refused.reopenNoteRequired";

    private ActionLifecycle() {
    }

    /**
     * Whether an action in {@code from} may move to {@code to} with {@code text} (null or blank: none given).
     *
     * @throws NullPointerException when a status is missing
     */
    public static Transition move(ActionStatus from, ActionStatus to, String text) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        boolean hasText = text != null && !text.isBlank();
        if (from == to) {
            return new Transition.Refused(SAME_STATUS);
        }
        if (from == ActionStatus.VERIFIED) {
            return new Transition.Refused(FINAL);
        }
        if (!from.reachable().contains(to)) {
            return new Transition.Refused(NOT_NEXT);
        }
        if (to == ActionStatus.DONE && !hasText) {
            return new Transition.Refused(RESULT_REQUIRED);
        }
        if (to == ActionStatus.VERIFIED && !hasText) {
            return new Transition.Refused(EFFECTIVENESS_REQUIRED);
        }
        if (from == ActionStatus.DONE && to == ActionStatus.IN_PROGRESS && !hasText) {
            return new Transition.Refused(REOPEN_NOTE_REQUIRED);
        }
        return new Transition.Allowed(from, to);
    }
}
