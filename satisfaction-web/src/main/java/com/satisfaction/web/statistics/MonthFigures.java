package com.satisfaction.web.statistics;

import com.satisfaction.core.statistics.HandlingSatisfaction;
import com.satisfaction.core.statistics.HandlingTime;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * The complaints received in one month (1–12), or in the whole year ({@code month} 0): counts by category (in the
 * order of {@link YearStatistics#categories()}) and severity, open (every status but CLOSED) and closed, overdue now,
 * response time (received → first acknowledgement), resolution time (received → resolved) and satisfaction with
 * handling.
 */
public record MonthFigures(int month, long received, List<Long> byCategory, List<Long> bySeverity, long open,
                           long closed, long overdue, HandlingTime response, HandlingTime resolution,
                           HandlingSatisfaction satisfaction) {

    public MonthFigures {
        byCategory = List.copyOf(byCategory);
        bySeverity = List.copyOf(bySeverity);
    }

    /** The month's short name in the page's language: "3月", "Mar". */
    public String label(Locale locale) {
        return Month.of(month).getDisplayName(TextStyle.SHORT, locale);
    }
}
