package com.satisfaction.core.record;

import com.satisfaction.core.period.Period;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which dates a record of praise, a claim or lost business may carry: a day that has come (records are facts, not
 * plans) and lies in a period the product knows ({@value Period#MIN_YEAR} or later), so that every record falls in
 * exactly one half-year.
 */
public final class RecordDates {

    /** Why a date was not taken. */
    public enum Problem {
        /** Before 1 January {@value Period#MIN_YEAR}: in no period. */
        TOO_EARLY,
        /** After today. */
        IN_THE_FUTURE
    }

    private RecordDates() {
    }

    /** What is wrong with {@code date} when today is {@code today}; empty when it may be recorded. */
    public static Optional<Problem> check(LocalDate date, LocalDate today) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(today, "today");
        if (date.getYear() < Period.MIN_YEAR) {
            return Optional.of(Problem.TOO_EARLY);
        }
        if (date.isAfter(today)) {
            return Optional.of(Problem.IN_THE_FUTURE);
        }
        return Optional.empty();
    }
}
