package com.satisfaction.core.complaint;

import java.util.Arrays;
import java.util.List;

/**
 * The steps of a complaint's handling, each from one status to the next: forward one step at a time, and back from
 * FOLLOWED_UP to INVESTIGATING when the customer is not satisfied (REOPEN).
 */
public enum Transition {
    ACKNOWLEDGE(ComplaintStatus.RECEIVED, ComplaintStatus.ACKNOWLEDGED),
    INVESTIGATE(ComplaintStatus.ACKNOWLEDGED, ComplaintStatus.INVESTIGATING),
    RESOLVE(ComplaintStatus.INVESTIGATING, ComplaintStatus.RESOLVED),
    FOLLOW_UP(ComplaintStatus.RESOLVED, ComplaintStatus.FOLLOWED_UP),
    CLOSE(ComplaintStatus.FOLLOWED_UP, ComplaintStatus.CLOSED),
    REOPEN(ComplaintStatus.FOLLOWED_UP, ComplaintStatus.INVESTIGATING);

    private final ComplaintStatus from;
    private final ComplaintStatus to;

    Transition(ComplaintStatus from, ComplaintStatus to) {
        this.from = from;
        this.to = to;
    }

    public ComplaintStatus from() {
        return from;
    }

    public ComplaintStatus to() {
        return to;
    }

    /** The steps a complaint in {@code status} may take next, in the order a page offers them. */
    public static List<Transition> from(ComplaintStatus status) {
        return Arrays.stream(values()).filter(transition -> transition.from == status).toList();
    }
}
