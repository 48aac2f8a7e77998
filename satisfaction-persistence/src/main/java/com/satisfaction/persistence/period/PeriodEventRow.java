package com.satisfaction.persistence.period;

import com.satisfaction.core.closing.PeriodStatus;

import java.time.Instant;

/** One line of a period's log: who closed or re-opened it (or waived its gate), when, from → to, and why. */
public record PeriodEventRow(Instant at, String actor, String kind, PeriodStatus from, PeriodStatus to, String reason) {
}
