package com.satisfaction.core.scoring;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one customer's composite score for one period is computed from (SPEC §4.6). Start from
 * {@link #nothingRecorded()} and add what the period holds, each quantity by name:
 * <pre>{@code
 * CompositeInput.nothingRecorded()
 *         .withSurveyScores(List.of(Score.of(80), Score.of(70)))  // or withMeanSurveyScore(SurveyScores.mean(…))
 *         .withDelivered(2_000).withReturned(30)
 *         .withLostBusinesses(1).withPraises(3).withClaims(1);
 * }</pre>
 * Only two parts can be "no data": the survey part when the customer returned no response, and the product-return part
 * when nothing was delivered. A period with no lost business, praise or claim recorded has 0 of each (10, 0 and 10
 * points under FM40), not missing data.
 *
 * @param surveyScore    the mean survey score (0–100) of the customer's responses in the period; empty when none
 * @param delivered      quantity delivered in the period, 0 or more; 0 leaves the product-return part "no data"
 * @param returned       quantity returned in the period, 0 or more; may exceed {@code delivered}
 * @param lostBusinesses customers or lines of business lost, 0 or more
 * @param praises        written or spoken praise received, 0 or more
 * @param claims         claims made, 0 or more
 */
public record CompositeInput(Optional<Score> surveyScore, long delivered, long returned, int lostBusinesses,
                             int praises, int claims) {

    /**
     * Creates the input.
     *
     * @throws IllegalArgumentException when the survey score is outside 0–100 or a count is negative
     */
    public CompositeInput {
        Objects.requireNonNull(surveyScore, "surveyScore");
        surveyScore.ifPresent(score -> Require.between("survey score", score, Score.ZERO, Score.HUNDRED));
        Require.count("quantity delivered", delivered);
        Require.count("quantity returned", returned);
        Require.count("lost business", lostBusinesses);
        Require.count("praises", praises);
        Require.count("claims", claims);
    }

    /**
     * A period with nothing recorded: no response and no delivery (those two parts are "no data"), nothing lost, no
     * praise and no claim.
     */
    public static CompositeInput nothingRecorded() {
        return new CompositeInput(Optional.empty(), 0, 0, 0, 0, 0);
    }

    /**
     * With the survey scores of the customer's responses; their mean makes the survey part, and none leaves it
     * "no data".
     *
     * @throws IllegalArgumentException when a score is outside 0–100
     */
    public CompositeInput withSurveyScores(List<Score> scores) {
        scores.forEach(score -> Require.between("survey score", score, Score.ZERO, Score.HUNDRED));
        return new CompositeInput(Score.mean(scores), delivered, returned, lostBusinesses, praises, claims);
    }

    /**
     * With the mean survey score of the customer's responses, e.g. the exact mean of stored responses from
     * {@link SurveyScores#mean}.
     *
     * @throws IllegalArgumentException when the mean is outside 0–100
     */
    public CompositeInput withMeanSurveyScore(Score mean) {
        return new CompositeInput(Optional.of(mean), delivered, returned, lostBusinesses, praises, claims);
    }

    /** With the quantity delivered in the period; 0 leaves the product-return part "no data". */
    public CompositeInput withDelivered(long quantity) {
        return new CompositeInput(surveyScore, quantity, returned, lostBusinesses, praises, claims);
    }

    /** With the quantity returned in the period, which may exceed the quantity delivered. */
    public CompositeInput withReturned(long quantity) {
        return new CompositeInput(surveyScore, delivered, quantity, lostBusinesses, praises, claims);
    }

    /** With the number of customers or lines of business lost. */
    public CompositeInput withLostBusinesses(int lost) {
        return new CompositeInput(surveyScore, delivered, returned, lost, praises, claims);
    }

    /** With the number of praises. */
    public CompositeInput withPraises(int count) {
        return new CompositeInput(surveyScore, delivered, returned, lostBusinesses, count, claims);
    }

    /** With the number of claims. */
    public CompositeInput withClaims(int count) {
        return new CompositeInput(surveyScore, delivered, returned, lostBusinesses, praises, count);
    }

    /** The period's product return rate; empty when nothing was delivered, whatever was returned. */
    public Optional<ProductReturnRate> productReturnRate() {
        return ProductReturnRate.ofDelivered(delivered).returned(returned);
    }
}
