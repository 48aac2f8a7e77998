package com.satisfaction.web.action;

import com.satisfaction.core.action.ActionSource;
import com.satisfaction.core.action.ActionStatus;

import java.util.Arrays;

/**
 * The list's filters as the query string gives them: status, owner (a user's id), department, overdue only and
 * source kind. A value the page does not offer reads as no filter.
 */
record ActionSearch(String status, String owner, String department, String overdue, String source, String page) {

    static final int PAGE_SIZE = 25;

    ActionSearch {
        status = statusOf(status) == null ? null : status;
        source = sourceOf(source) == null ? null : source;
        owner = owner != null && owner.strip().matches("[0-9]{1,18}") ? owner.strip() : null;
        department = department == null || department.isBlank() ? null : department.strip();
        overdue = "true".equals(overdue) ? "true" : null;
        page = page != null && page.strip().matches("[0-9]{1,6}") ? page.strip() : "0";
    }

    ActionStatus statusFilter() {
        return statusOf(status);
    }

    ActionSource sourceFilter() {
        return sourceOf(source);
    }

    Long ownerFilter() {
        return owner == null ? null : Long.valueOf(owner);
    }

    public boolean overdueOnly() {
        return overdue != null;
    }

    int pageNumber() {
        return Integer.parseInt(page);
    }

    private static ActionStatus statusOf(String value) {
        return Arrays.stream(ActionStatus.values()).filter(s -> s.name().equals(value)).findFirst().orElse(null);
    }

    private static ActionSource sourceOf(String value) {
        return Arrays.stream(ActionSource.values()).filter(s -> s.name().equals(value)).findFirst().orElse(null);
    }
}
