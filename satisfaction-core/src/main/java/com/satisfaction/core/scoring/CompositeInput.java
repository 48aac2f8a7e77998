package com.satisfaction.core.scoring;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What one customer's composite score for one period is computed from (SPEC §4.6). Each item may be missing, which
 * makes its part "no data". Start from {@link #noData()} and add what is known:
 * <pre>{@code
 * CompositeInput.noData()
 *         .withSurveyScores(List.of(Score.of(90)))
 *         .withDeliveries(10_000, 50)
 *         .withLostBusinesses(0).withPraises(3).withClaims(0);
 * }</pre>
 *
 * @param surveyScores   the survey scores (0–100) of the customer's responses in the period; empty is no data
 * @param productReturnRate the period's product return rate; empty when nothing was delivered
 * @param lostBusinesses customers or lines of business lost, if recorded
 * @param praises        written or spoken praise received, if recorded
 * @param claims         claims made, if recorded
 */
public record CompositeInput(List<Score> surveyScores, Optional<ProductReturnRate> productReturnRate, OptionalInt lostBusinesses,
                             OptionalInt praises, OptionalInt claims) {

    /**
     * Creates the input.
     *
     * @throws IllegalArgumentException when a survey score is outside 0–100 or a count is negative
     */
    public CompositeInput {
        surveyScores = List.copyOf(surveyScores);
        surveyScores.forEach(score -> Require.between("survey score", score, Score.ZERO, Score.HUNDRED));
        Objects.requireNonNull(productReturnRate, "productReturnRate");
        lostBusinesses.ifPresent(count -> Require.count("lost business", count));
        praises.ifPresent(count -> Require.count("praises", count));
        claims.ifPresent(count -> Require.count("claims", count));
    }

    /** An input with nothing known: every part is "no data". */
    public static CompositeInput noData() {
        return new CompositeInput(List.of(), Optional.empty(), OptionalInt.empty(), OptionalInt.empty(),
                OptionalInt.empty());
    }

    /** With the survey scores of the customer's responses; their mean makes the survey part. */
    public CompositeInput withSurveyScores(List<Score> scores) {
        return new CompositeInput(scores, productReturnRate, lostBusinesses, praises, claims);
    }

    /**
     * With the quantities delivered and returned; nothing delivered leaves the product-return part "no data".
     *
     * @throws IllegalArgumentException when a quantity is negative
     */
    public CompositeInput withDeliveries(long delivered, long returned) {
        return new CompositeInput(surveyScores, ProductReturnRate.ofDelivered(delivered).returned(returned),
                lostBusinesses, praises, claims);
    }

    /** With the number of customers or lines of business lost. */
    public CompositeInput withLostBusinesses(int lost) {
        return new CompositeInput(surveyScores, productReturnRate, OptionalInt.of(lost), praises, claims);
    }

    /** With the number of praises. */
    public CompositeInput withPraises(int count) {
        return new CompositeInput(surveyScores, productReturnRate, lostBusinesses, OptionalInt.of(count), claims);
    }

    /** With the number of claims. */
    public CompositeInput withClaims(int count) {
        return new CompositeInput(surveyScores, productReturnRate, lostBusinesses, praises, OptionalInt.of(count));
    }
}
