package com.satisfaction.core.campaign;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * Quiet days are Saturdays, Sundays and the given holidays; every other day is a working day. A reminder falls due
 * a number of days after the last mail and, when that day is quiet, on the next working day.
 */
public final class WorkingDays {

    private final Set<LocalDate> holidays;

    private WorkingDays(Set<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
    }

    public static WorkingDays withHolidays(Set<LocalDate> holidays) {
        return new WorkingDays(Objects.requireNonNull(holidays, "holidays"));
    }

    public boolean isQuiet(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY || holidays.contains(day);
    }

    /** {@code day} itself when it is a working day, else the next working day. */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate candidate = day;
        while (isQuiet(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    /** The day a reminder is due: {@code intervalDays} after the last mail, moved past quiet days. */
    public LocalDate reminderDue(LocalDate lastMail, int intervalDays) {
        if (intervalDays <= 0) {
            throw new IllegalArgumentException("reminder interval must be positive: " + intervalDays);
        }
        return onOrAfter(lastMail.plusDays(intervalDays));
    }
}
