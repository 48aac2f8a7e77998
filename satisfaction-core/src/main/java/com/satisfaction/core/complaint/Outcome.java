package com.satisfaction.core.complaint;

/**
 * What the rules say to a change of a complaint: allowed (with the status it then has), or refused with the message
 * key of the reason to show. A refusal changes nothing.
 */
public sealed interface Outcome permits Outcome.Allowed, Outcome.Refused {

    record Allowed(ComplaintStatus status) implements Outcome {
    }

    record Refused(String reason) implements Outcome {
    }

    default boolean isAllowed() {
        return this instanceof Allowed;
    }
}
