package com.satisfaction.web.period;

import com.satisfaction.core.scoring.SurveyScores;
import com.satisfaction.persistence.period.CustomerRecipients;

import java.util.List;

/**
 * Everything one customer brings to a live half-year's scores: the counted responses (the scored ones grouped by
 * points possible), CSAT / NPS / CES answers, links, and the operational record.
 *
 * @param counted     counted responses, with or without a survey score
 * @param excluded    excluded responses
 * @param scored      the counted responses with a survey score, one group per points possible
 * @param indicators  the counted CSAT / NPS / CES answers
 * @param recipients  the customer's links in the period's campaigns
 * @param record      the operational record
 */
record CustomerInputs(long counted, long excluded, List<SurveyScores.UnitGroup> scored, IndicatorTallies indicators,
                      CustomerRecipients recipients, OperationalInputs.Counts record) {

    CustomerInputs {
        scored = List.copyOf(scored);
    }

    /**
     * A customer of the period: invited by one of its campaigns, with a response in it, or with an operational record
     * in it. The campaigns are the manager's statement of who is surveyed for the half-year, while the register's
     * "active" flag says only what is true today, not who was a customer then.
     */
    boolean ofThePeriod() {
        return recipients.invited() > 0 || counted + excluded > 0 || !record.equals(OperationalInputs.Counts.NONE);
    }

    long scoredResponses() {
        return scored.stream().mapToLong(SurveyScores.UnitGroup::responses).sum();
    }
}
