package com.satisfaction.persistence.campaign;

import java.time.Instant;

/** One line of the campaign list. */
public record CampaignListRow(long id, String name, String period, CampaignStatus status, Instant closesAt,
                              String surveyTitleZh, String surveyTitleEn, long invited, long answered) {
}
