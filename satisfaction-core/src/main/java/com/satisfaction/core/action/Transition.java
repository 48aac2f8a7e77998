package com.satisfaction.core.action;

import java.util.Objects;

/** What the lifecycle says of a requested status change: allowed, or refused with the reason's message key. */
public sealed interface Transition permits Transition.Allowed, Transition.Refused {

    /**
     * The change may be made.
     *
     * @param from the status before
     * @param to   the status after
     */
    record Allowed(ActionStatus from, ActionStatus to) implements Transition {

        public Allowed {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        /** Whether this change takes a finished action back into work (DONE → IN_PROGRESS). */
        public boolean isReopening() {
            return to.ordinal() < from.ordinal();
        }
    }

    /**
     * The change may not be made.
     *
     * @param reason the message key saying why, e.g. {@code actions.refused.resultRequired}
     */
    record Refused(String reason) implements Transition {

        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
