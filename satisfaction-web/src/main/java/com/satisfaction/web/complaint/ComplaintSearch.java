package com.satisfaction.web.complaint;

import com.satisfaction.core.complaint.Category;
import com.satisfaction.core.complaint.ComplaintStatus;
import com.satisfaction.core.complaint.Severity;
import com.satisfaction.core.period.Period;
import com.satisfaction.persistence.complaint.ComplaintFilter;

import java.util.Arrays;

/**
 * The list's filters as the query string gives them: customer id, period ({@code 2026-H1}), status, category,
 * severity, owner id, overdue only, page. A value that is not one of the list's choices is no filter.
 */
record ComplaintSearch(String customer, String period, String status, String category, String severity, String owner,
                       String overdue, Integer page) {

    static final int PAGE_SIZE = 25;

    ComplaintSearch {
        customer = id(customer);
        period = period != null && period.matches("(2[0-9]{3})-H[12]") ? period : null;
        status = choice(status, ComplaintStatus.values());
        category = choice(category, Category.values());
        severity = choice(severity, Severity.values());
        owner = id(owner);
        overdue = "true".equals(overdue) ? "true" : null;
        page = page == null || page < 0 || page > 100_000 ? 0 : page;
    }

    ComplaintFilter filter() {
        return new ComplaintFilter(customer == null ? null : Long.valueOf(customer),
                period == null ? null : Period.of(period),
                status == null ? null : ComplaintStatus.valueOf(status),
                category == null ? null : Category.valueOf(category),
                severity == null ? null : Severity.valueOf(severity),
                owner == null ? null : Long.valueOf(owner), overdue != null);
    }

    private static String id(String value) {
        return value != null && value.matches("[0-9]{1,18}") ? value : null;
    }

    private static String choice(String value, Enum<?>[] choices) {
        return Arrays.stream(choices).map(Enum::name).filter(name -> name.equals(value)).findFirst().orElse(null);
    }
}
