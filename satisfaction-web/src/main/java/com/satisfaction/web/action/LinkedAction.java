package com.satisfaction.web.action;

import com.satisfaction.core.action.ActionDeadline;
import com.satisfaction.core.action.ActionSource;
import com.satisfaction.core.action.ActionStatus;
import com.satisfaction.persistence.action.ActionRow;

import java.time.LocalDate;

/** An action as other pages list it (the response page, the home page): enough to recognise it and open it. */
public record LinkedAction(long id, String title, ActionSource source, ActionStatus status, String ownerDepartment,
                           String ownerName, LocalDate dueDate, boolean overdue) {

    static LinkedAction of(ActionRow row, LocalDate today) {
        return new LinkedAction(row.id(), row.title(), row.source(), row.status(), row.ownerDepartment(),
                row.ownerName(), row.dueDate(), ActionDeadline.isOverdue(row.status(), row.dueDate(), today));
    }
}
