package com.satisfaction.persistence.report;

import java.time.Instant;

/**
 * One response of the period for the evidence pack's CSV: the customer's code (null: none), when it came, its survey
 * score in units of 1/7000 point (null: no scored answer) and, when it is left out of scoring, why.
 */
public record ResponseRow(long id, String customerCode, Instant submittedAt, Long earnedUnits, Long possibleUnits,
                          String excludedReason) {
}
