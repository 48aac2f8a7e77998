package com.satisfaction.persistence.period;

import java.time.Instant;

/**
 * One response of a customer in a period, for the customer's period page: its survey, when it came, its stored survey
 * score (units of 1/7000 point; null when it has no scored answer) and, when excluded, why.
 */
public record PeriodResponseRow(long id, long surveyId, Instant submittedAt, Long earnedUnits, Long possibleUnits,
                                String excludedReason, String excludedText) {

    public boolean excluded() {
        return excludedReason != null;
    }
}
