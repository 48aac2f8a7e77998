package com.satisfaction.persistence.period;

import com.satisfaction.core.scoring.Score;

import java.util.Objects;
import java.util.Optional;

/**
 * Every count a period's figures are computed from (by the core, on the page): kept as they are in a snapshot, so a
 * closed period's figures come from the same numbers whenever they are shown.
 *
 * @param customers           customers of the period
 * @param withComposite       those with all five parts
 * @param satisfied           those of them satisfied
 * @param sumOfComposites     the exact sum of their composites
 * @param sent                links of the period's campaigns sent
 * @param answered            those answered
 * @param keyAccounts         key accounts among the customers
 * @param keyAccountsAnswered those with a counted response
 * @param csatPositive        positive CSAT answers (each question's own threshold)
 * @param csatAnswers         all CSAT answers
 * @param csatMean            the mean CSAT answer when all are on one scale
 * @param npsPromoters        NPS answers 9–10
 * @param npsPassives         NPS answers 7–8
 * @param npsDetractors       NPS answers 0–6
 * @param cesPositive         CES answers of 5 or more
 * @param cesAnswers          all CES answers
 * @param cesSum              the sum of CES answers
 * @param customersLost       customers lost in the period (churn)
 * @param delivered           quantity delivered to the customers
 * @param returned            quantity they returned
 */
public record PeriodCounts(long customers, long withComposite, long satisfied, Score sumOfComposites, long sent,
                           long answered, long keyAccounts, long keyAccountsAnswered, long csatPositive,
                           long csatAnswers, Optional<Score> csatMean, long npsPromoters, long npsPassives,
                           long npsDetractors, long cesPositive, long cesAnswers, long cesSum, long customersLost,
                           long delivered, long returned) {

    public PeriodCounts {
        Objects.requireNonNull(sumOfComposites, "sumOfComposites");
        Objects.requireNonNull(csatMean, "csatMean");
    }
}
