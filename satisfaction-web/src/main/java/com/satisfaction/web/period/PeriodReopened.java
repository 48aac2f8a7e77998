package com.satisfaction.web.period;

import com.satisfaction.core.period.Period;

import java.time.Instant;

/** A closed half-year was re-opened by {@code actor} at {@code at}: what rested on its snapshot no longer does. */
public record PeriodReopened(Period period, Instant at, String actor) {
}
