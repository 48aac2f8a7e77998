package com.satisfaction.core.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * When an improvement action is overdue: its work is still ahead (OPEN or IN_PROGRESS) and today, in the clock's
 * time zone, is after its due date. The due date itself is not overdue; a DONE action waiting for verification is not
 * overdue either, since its owner's work is done.
 */
public final class ActionDeadline {

    private ActionDeadline() {
    }

    /** Whether an action in {@code status} due on {@code dueDate} is overdue on {@code today}. */
    public static boolean isOverdue(ActionStatus status, LocalDate dueDate, LocalDate today) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(today, "today");
        return status.isUnfinished() && today.isAfter(dueDate);
    }

    /** Whether an action in {@code status} due on {@code dueDate} is overdue today by {@code clock}. */
    public static boolean isOverdue(ActionStatus status, LocalDate dueDate, Clock clock) {
        return isOverdue(status, dueDate, LocalDate.now(clock));
    }
}
