package com.satisfaction.core.complaint;

/**
 * What the person taking a step writes down; each step reads the fields it needs (see {@link ComplaintLifecycle})
 * and ignores the others. Blank texts count as not given.
 *
 * @param note                 a free note for the history (required to reopen: why the customer is not satisfied)
 * @param rootCause            why it happened (required to resolve)
 * @param correctiveAction     what was done so it does not happen again (required to resolve)
 * @param handlingSatisfaction the customer's satisfaction with the handling, 1–5 (required at follow-up)
 * @param effectiveness        whether the corrective action worked (required to close)
 * @param evidence             what shows it (required to close)
 */
public record StepInput(String note, String rootCause, String correctiveAction, Integer handlingSatisfaction,
                        Effectiveness effectiveness, String evidence) {

    /** No fields: enough for the steps that need none. */
    public static StepInput none() {
        return new StepInput(null, null, null, null, null, null);
    }

    public static StepInput note(String note) {
        return new StepInput(note, null, null, null, null, null);
    }

    public static StepInput resolution(String rootCause, String correctiveAction) {
        return new StepInput(null, rootCause, correctiveAction, null, null, null);
    }

    public static StepInput followUp(Integer handlingSatisfaction) {
        return new StepInput(null, null, null, handlingSatisfaction, null, null);
    }

    public static StepInput check(Effectiveness effectiveness, String evidence) {
        return new StepInput(null, null, null, null, effectiveness, evidence);
    }

    /** The same input with {@code note}. */
    public StepInput withNote(String note) {
        return new StepInput(note, rootCause, correctiveAction, handlingSatisfaction, effectiveness, evidence);
    }

    static boolean given(String text) {
        return text != null && !text.isBlank();
    }
}
