package com.satisfaction.persistence.response;

import java.math.BigDecimal;

/** Key accounts answered of those invited, and the invited customers' annual value and the part that answered. */
public record CampaignCoverage(long keyAccountsInvited, long keyAccountsAnswered, BigDecimal valueInvited,
                               BigDecimal valueAnswered) {
}
