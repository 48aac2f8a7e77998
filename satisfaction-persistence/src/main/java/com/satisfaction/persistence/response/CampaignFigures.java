package com.satisfaction.persistence.response;

/**
 * A campaign's recipients counted: invited (every link), sent (mailed, or handed over for want of an e-mail), mailed,
 * opened (first visit), answered and failed (the mail failed for good and none went out).
 */
public record CampaignFigures(long invited, long sent, long mailed, long opened, long answered, long failed) {
}
