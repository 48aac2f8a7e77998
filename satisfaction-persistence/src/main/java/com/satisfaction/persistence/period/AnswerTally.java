package com.satisfaction.persistence.period;

/**
 * How many counted answers of one customer in a period gave one value to questions of one type, scale and positive
 * threshold: a row of the CSAT / NPS / CES aggregate.
 *
 * @param customerId        the customer; null for a campaign recipient in no register entry
 * @param type              the question type: CSAT, NPS or CES
 * @param scale             the question's scale name (core {@code Scale})
 * @param positiveThreshold the question's own positive threshold, or null for the scale's default
 * @param value             the answer value
 * @param answers           how many answers gave it
 */
public record AnswerTally(Long customerId, String type, String scale, Integer positiveThreshold, int value,
                          long answers) {
}
