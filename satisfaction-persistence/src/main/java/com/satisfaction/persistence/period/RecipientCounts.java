package com.satisfaction.persistence.period;

/** The personal links of a period's campaigns: sent (as a campaign page counts them) and answered. */
public record RecipientCounts(long sent, long answered) {
}
