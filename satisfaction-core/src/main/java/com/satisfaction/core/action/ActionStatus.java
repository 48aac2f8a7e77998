package com.satisfaction.core.action;

import java.util.List;
import java.util.Optional;

/**
 * Where an improvement action stands: {@code OPEN → IN_PROGRESS → DONE → VERIFIED}, one step forward at a time, and
 * back from DONE to IN_PROGRESS when the verification finds the action did not work.
 */
public enum ActionStatus {
    OPEN, IN_PROGRESS, DONE, VERIFIED;

    /** The statuses in which an action still has work ahead of it and so can be overdue. */
    public static final List<ActionStatus> UNFINISHED = List.of(OPEN, IN_PROGRESS);

    /** The one step forward from here; empty for VERIFIED. */
    public Optional<ActionStatus> next() {
        return this == VERIFIED ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    /** Whether the work is still ahead (OPEN, IN_PROGRESS): only such an action can be overdue. */
    public boolean isUnfinished() {
        return UNFINISHED.contains(this);
    }

    /** The statuses an action may move to from here, forward first, in the order a page offers them. */
    public List<ActionStatus> reachable() {
        return switch (this) {
            case OPEN -> List.of(IN_PROGRESS);
            case IN_PROGRESS -> List.of(DONE);
            case DONE -> List.of(VERIFIED, IN_PROGRESS);
            case VERIFIED -> List.of();
        };
    }
}
