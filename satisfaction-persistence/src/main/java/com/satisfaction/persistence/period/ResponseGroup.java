package com.satisfaction.persistence.period;

/**
 * A customer's responses in a period that share points possible and whether they are counted (not excluded).
 *
 * @param customerId    the customer; null for a campaign recipient in no register entry
 * @param possibleUnits the points possible in units, or null for responses without a survey score
 * @param counted       false for excluded responses
 * @param earnedUnits   the sum of the earned units
 * @param responses     how many responses
 */
public record ResponseGroup(Long customerId, Long possibleUnits, boolean counted, long earnedUnits, long responses) {
}
