package com.satisfaction.persistence.report;

import java.time.Instant;

/** One line of a report's log: the conclusion saved, signed off, or its sign-off cleared by a re-open. */
public record ReportEventRow(Instant at, String actor, String kind) {
}
