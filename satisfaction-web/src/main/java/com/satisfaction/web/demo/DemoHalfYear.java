package com.satisfaction.web.demo;

import com.satisfaction.core.period.Period;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * One half-year of the demo and the stretch of time its events fall in: the whole half-year when it is past, its
 * start up to now when it is the current one (nothing is stamped in the future).
 */
record DemoHalfYear(Period period, boolean past, Instant from, Instant until, ZoneId zone) {

    static DemoHalfYear of(Period period, Instant now, ZoneId zone) {
        Instant start = period.startDate().atStartOfDay(zone).toInstant();
        Instant end = period.endDate().plusDays(1).atStartOfDay(zone).toInstant();
        boolean past = !end.isAfter(now);
        return new DemoHalfYear(period, past, start, past ? end : now, zone);
    }

    /** The moment {@code share} (0–1) of the way through, moved into office hours, never after {@link #until}. */
    Instant at(double share, int minuteOfDay) {
        long seconds = ChronoUnit.SECONDS.between(from, until);
        LocalDate day = from.plusSeconds((long) (seconds * share)).atZone(zone).toLocalDate();
        Instant moment = day.atTime(LocalTime.of(8, 30).plusMinutes(minuteOfDay % 540)).atZone(zone).toInstant();
        if (moment.isBefore(from)) {
            return from;
        }
        return moment.isBefore(until) ? moment : until.minusSeconds(60);
    }

    LocalDate day(double share) {
        return at(share, 0).atZone(zone).toLocalDate();
    }
}
