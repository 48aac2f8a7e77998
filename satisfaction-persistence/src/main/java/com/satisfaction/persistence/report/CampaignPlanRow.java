package com.satisfaction.persistence.report;

import java.time.Instant;

/**
 * A campaign of the period as the report's plan shows it: its survey, when its first and last links went out, when it
 * closes, its reminder interval (null: none) and its links sent and answered.
 */
public record CampaignPlanRow(long id, String name, String surveyZh, String surveyEn, Instant firstSent,
                              Instant lastSent, Instant closesAt, Integer reminderDays, long links, long answered) {
}
