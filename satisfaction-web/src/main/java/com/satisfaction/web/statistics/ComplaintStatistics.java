package com.satisfaction.web.statistics;

import com.satisfaction.core.complaint.HandlingTargets;
import com.satisfaction.core.complaint.Severity;
import com.satisfaction.core.statistics.HandlingSatisfaction;
import com.satisfaction.core.statistics.HandlingTime;
import com.satisfaction.persistence.statistics.ComplaintStatisticsQueries;
import com.satisfaction.persistence.statistics.ComplaintWindowFigures;
import com.satisfaction.persistence.statistics.TimeWindow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A year's complaint statistics: one SQL aggregate for the twelve months and the whole year, cut in the clock's time
 * zone, with "open" and "overdue" as of the clock's now and the handling targets in force.
 */
@Service
class ComplaintStatistics {

    /** The years the page offers. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private static final int WHOLE_YEAR = 0;

    private final ComplaintStatisticsQueries queries;
    private final HandlingTargets targets;
    private final Clock clock;

    ComplaintStatistics(ComplaintStatisticsQueries queries, HandlingTargets targets, Clock clock) {
        this.queries = queries;
        this.targets = targets;
        this.clock = clock;
    }

    /** This year by the clock (kept within the years offered). */
    int currentYear() {
        return Math.max(FIRST_YEAR, Math.min(LAST_YEAR, LocalDate.now(clock).getYear()));
    }

    @Transactional(readOnly = true)
    public YearStatistics ofYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("year " + year + " is outside " + FIRST_YEAR + "–" + LAST_YEAR);
        }
        ZoneId zone = clock.getZone();
        Instant now = clock.instant();
        List<TimeWindow> windows = new ArrayList<>();
        LocalDate january = LocalDate.of(year, 1, 1);
        windows.add(new TimeWindow(WHOLE_YEAR, startOf(january, zone), startOf(january.plusYears(1), zone)));
        for (int month = 1; month <= 12; month++) {
            LocalDate first = january.withMonth(month);
            windows.add(new TimeWindow(month, startOf(first, zone), startOf(first.plusMonths(1), zone)));
        }
        List<MonthFigures> figures = queries.figuresByWindow(windows, targets, now).stream()
                .map(ComplaintStatistics::figures).toList();
        List<YearStatistics.Target> targetRows = List.of(Severity.values()).stream()
                .map(s -> new YearStatistics.Target(s, targets.of(s).acknowledgeWithin(), targets.of(s).resolveWithin()))
                .toList();
        return new YearStatistics(year, figures.subList(1, figures.size()), figures.get(0), now, zone,
                ComplaintStatisticsQueries.CATEGORIES, List.of(Severity.values()), targetRows);
    }

    private static Instant startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    private static MonthFigures figures(ComplaintWindowFigures f) {
        return new MonthFigures(f.key(), f.received(), f.byCategory(), f.bySeverity(), f.open(), f.closed(),
                f.overdue(),
                HandlingTime.ofSeconds(f.acknowledged(), f.acknowledgeSecondsTotal(), f.acknowledgeSecondsMedian()),
                HandlingTime.ofSeconds(f.resolved(), f.resolveSecondsTotal(), f.resolveSecondsMedian()),
                HandlingSatisfaction.of(f.rated(), f.ratingTotal()));
    }
}
