package com.satisfaction.persistence.report;

import java.time.Instant;

/** A free-text answer of a counted response of the period: the customer, when, the question and what was written. */
public record SuggestionRow(String customerCode, String customerName, Instant submittedAt, String questionZh,
                            String questionEn, String text) {
}
