package com.satisfaction.core.period;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A half-year, written {@code 2026-H1} (January–June) or {@code 2026-H2} (July–December), the unit in which surveys
 * are sent and customers scored (SPEC §1).
 *
 * @param year the calendar year, {@value #MIN_YEAR}–{@value #MAX_YEAR}
 * @param half which half of the year
 */
public record Period(int year, Half half) implements Comparable<Period> {

    /** The earliest year a period may have. */
    public static final int MIN_YEAR = 2000;
    /** The latest year a period may have. */
    public static final int MAX_YEAR = 2999;

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(H[12])");

    /** The two halves of a year. */
    public enum Half {
        /** January to June. */
        H1,
        /** July to December. */
        H2
    }

    /**
     * Creates a period.
     *
     * @throws IllegalArgumentException when the year is outside {@value #MIN_YEAR}–{@value #MAX_YEAR}
     */
    public Period {
        Objects.requireNonNull(half, "half");
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException(
                    "year " + year + " is outside the allowed range " + MIN_YEAR + "–" + MAX_YEAR);
        }
    }

    /**
     * Parses {@code "2026-H1"}.
     *
     * @throws IllegalArgumentException naming the text when it is not {@code YYYY-H1} or {@code YYYY-H2} or the year
     *                                  is out of range
     */
    public static Period of(String text) {
        Objects.requireNonNull(text, "text");
        Matcher matcher = FORMAT.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("period '" + text + "' is not of the form YYYY-H1 or YYYY-H2 (year "
                    + MIN_YEAR + "–" + MAX_YEAR + ")");
        }
        return new Period(Integer.parseInt(matcher.group(1)), Half.valueOf(matcher.group(2)));
    }

    /** The period of the given year and half. */
    public static Period of(int year, Half half) {
        return new Period(year, half);
    }

    /** The period a date falls in. */
    public static Period containing(LocalDate date) {
        return new Period(date.getYear(), date.getMonthValue() <= Month.JUNE.getValue() ? Half.H1 : Half.H2);
    }

    /** The half-year before this one. */
    public Period previous() {
        return half == Half.H2 ? new Period(year, Half.H1) : new Period(year - 1, Half.H2);
    }

    /** The half-year after this one. */
    public Period next() {
        return half == Half.H1 ? new Period(year, Half.H2) : new Period(year + 1, Half.H1);
    }

    /** The first day: 1 January or 1 July. */
    public LocalDate startDate() {
        return LocalDate.of(year, half == Half.H1 ? Month.JANUARY : Month.JULY, 1);
    }

    /** The last day: 30 June or 31 December. */
    public LocalDate endDate() {
        return half == Half.H1 ? LocalDate.of(year, Month.JUNE, 30) : LocalDate.of(year, Month.DECEMBER, 31);
    }

    /** Whether {@code date} falls in this period. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(startDate()) && !date.isAfter(endDate());
    }

    @Override
    public int compareTo(Period other) {
        int byYear = Integer.compare(year, other.year);
        return byYear != 0 ? byYear : half.compareTo(other.half);
    }

    /** The {@code 2026-H1} form that {@link #of(String)} reads. */
    @Override
    public String toString() {
        return year + "-" + half;
    }
}
