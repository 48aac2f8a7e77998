package com.satisfaction.persistence.action;

import com.satisfaction.core.action.ActionSource;
import com.satisfaction.core.action.ActionStatus;

import java.time.LocalDate;

/** An action as lists show it: title, source kind, owner, due date and status. */
public record ActionRow(long id, String title, ActionSource source, String ownerDepartment, Long ownerId,
                        String ownerName, LocalDate dueDate, ActionStatus status) {
}
