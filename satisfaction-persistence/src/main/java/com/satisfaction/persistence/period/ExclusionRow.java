package com.satisfaction.persistence.period;

import java.time.Instant;

/**
 * One exclusion or restoration of a response: who, when, which response, why, and the customer's composite before →
 * after (exact text; null when incomplete).
 */
public record ExclusionRow(long responseId, String action, String reason, String reasonText, String actor,
                           Instant at, String compositeBefore, String compositeAfter) {
}
