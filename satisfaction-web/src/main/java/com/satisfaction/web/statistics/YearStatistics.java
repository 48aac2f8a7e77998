package com.satisfaction.web.statistics;

import com.satisfaction.core.complaint.Severity;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A year of complaint statistics as the page shows it: the twelve months, the year as a whole (its medians are the
 * year's, not a mean of months), the moment "open" and "overdue" are as of, the time zone months are cut in, and the
 * targets the overdue count used.
 */
public record YearStatistics(int year, List<MonthFigures> months, MonthFigures wholeYear, Instant asOf, ZoneId zone,
                             List<String> categories, List<Severity> severities, List<Target> targets) {

    public YearStatistics {
        months = List.copyOf(months);
        categories = List.copyOf(categories);
        severities = List.copyOf(severities);
        targets = List.copyOf(targets);
    }

    /** The moment "open" and "overdue" are as of, in the zone months are cut in. */
    public ZonedDateTime asOfLocal() {
        return asOf.atZone(zone);
    }

    /** Whether no complaint was received in the year. */
    public boolean empty() {
        return wholeYear.received() == 0;
    }

    /** A severity's targets in whole hours, as the note beside the figures lists them. */
    public record Target(Severity severity, Duration acknowledgeWithin, Duration resolveWithin) {

        public long acknowledgeHours() {
            return acknowledgeWithin.toHours();
        }

        public long resolveHours() {
            return resolveWithin.toHours();
        }
    }
}
