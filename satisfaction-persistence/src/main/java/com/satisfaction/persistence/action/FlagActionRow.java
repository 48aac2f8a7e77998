package com.satisfaction.persistence.action;

import com.satisfaction.core.action.ActionStatus;

/**
 * An action made from a review flag of a customer's half-year, as the period's pages list it beside the flag.
 *
 * @param id         the action
 * @param customerId the flagged customer
 * @param flagCode   the flag ({@code REVIEW_SURVEY_ITEMS}, {@code MANAGEMENT_REVIEW_MEETING})
 * @param title      what is to be done
 * @param status     where it stands
 */
public record FlagActionRow(long id, long customerId, String flagCode, String title, ActionStatus status) {
}
