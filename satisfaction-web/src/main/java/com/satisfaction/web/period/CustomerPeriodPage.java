package com.satisfaction.web.period;

import com.satisfaction.core.closing.PeriodStatus;

import java.time.Instant;
import java.util.List;

/**
 * One customer's half-year: the row of the period page (parts with evidence, composite, verdict, flags) and the
 * responses behind the survey part, each with its score and, if excluded, why.
 */
public record CustomerPeriodPage(String period, PeriodStatus status, PeriodPage.CustomerLine line,
                                 List<ResponseLine> responses, List<ExclusionLine> exclusions) {

    /** The reason codes a response may be excluded for. */
    public List<String> reasons() {
        return java.util.Arrays.stream(com.satisfaction.core.closing.ExclusionReason.values()).map(Enum::name).toList();
    }

    public boolean live() {
        return status.isLive();
    }

    /** An exclusion or restoration as logged, with the customer's composite before → after as shown (null: incomplete). */
    public record ExclusionLine(long responseId, String action, String reason, String reasonText, String actor,
                                Instant at, String before, String after) {
    }

    /** A response as listed: its page, when it came, its survey score as shown (null: none) and any exclusion. */
    public record ResponseLine(long id, long surveyId, Instant submittedAt, String score, String excludedReason,
                               String excludedText) {

        public boolean excluded() {
            return excludedReason != null;
        }
    }
}
