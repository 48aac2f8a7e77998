package com.satisfaction.persistence.period;

import com.satisfaction.core.closing.PeriodStatus;

import java.time.Instant;

/** A period of the list: its status (open when never closed), when it was last closed and its snapshot's hash. */
public record PeriodListRow(String period, PeriodStatus status, Instant closedAt, String sha256) {
}
