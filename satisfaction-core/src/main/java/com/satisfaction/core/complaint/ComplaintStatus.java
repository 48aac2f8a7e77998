package com.satisfaction.core.complaint;

/**
 * Where a complaint stands in its handling (SPEC §5): received, acknowledged to the customer, under investigation,
 * resolved (root cause and corrective action known), followed up with the customer (回访), closed.
 */
public enum ComplaintStatus {
    RECEIVED, ACKNOWLEDGED, INVESTIGATING, RESOLVED, FOLLOWED_UP, CLOSED;

    /** Whether the complaint stands resolved: resolved, followed up or closed. */
    public boolean isResolved() {
        return this == RESOLVED || this == FOLLOWED_UP || this == CLOSED;
    }
}
