package com.satisfaction.core.scoring;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Every value of a {@link ScoringPolicy}, in the fixed order of its {@linkplain PolicyText text}: the name a line of
 * the text carries ({@link #key()}) and the kind of value it holds.
 */
public enum PolicyKey {

    /** {@link ScoringPolicy.SurveyRule#maxPoints()}. */
    SURVEY_MAX_POINTS("survey.maxPoints", Kind.WHOLE),
    /** {@link ScoringPolicy.SurveyRule#reviewBelow()}. */
    SURVEY_REVIEW_BELOW("survey.reviewBelow", Kind.THRESHOLD),
    /** {@link ScoringPolicy.ProductReturnRule#fullPointsBelow()}. */
    PRODUCT_RETURNS_FULL_POINTS_BELOW("productReturns.fullPointsBelow", Kind.THRESHOLD),
    /** {@link ScoringPolicy.ProductReturnRule#partialPointsUpTo()}. */
    PRODUCT_RETURNS_PARTIAL_POINTS_UP_TO("productReturns.partialPointsUpTo", Kind.THRESHOLD),
    /** {@link ScoringPolicy.ProductReturnRule#fullPoints()}. */
    PRODUCT_RETURNS_FULL_POINTS("productReturns.fullPoints", Kind.WHOLE),
    /** {@link ScoringPolicy.ProductReturnRule#partialPoints()}. */
    PRODUCT_RETURNS_PARTIAL_POINTS("productReturns.partialPoints", Kind.WHOLE),
    /** {@link ScoringPolicy.ProductReturnRule#otherPoints()}. */
    PRODUCT_RETURNS_OTHER_POINTS("productReturns.otherPoints", Kind.WHOLE),
    /** {@link ScoringPolicy.LostBusinessRule#pointsByLostCount()}. */
    LOST_BUSINESS_POINTS_BY_LOST_COUNT("lostBusiness.pointsByLostCount", Kind.POINTS_LIST),
    /** {@link ScoringPolicy.PraiseRule#pointsPerPraise()}. */
    PRAISE_POINTS_PER_PRAISE("praise.pointsPerPraise", Kind.WHOLE),
    /** {@link ScoringPolicy.PraiseRule#maxPoints()}. */
    PRAISE_MAX_POINTS("praise.maxPoints", Kind.WHOLE),
    /** {@link ScoringPolicy.ClaimRule#pointsWithoutClaims()}. */
    CLAIMS_POINTS_WITHOUT_CLAIMS("claims.pointsWithoutClaims", Kind.WHOLE),
    /** {@link ScoringPolicy.ClaimRule#pointsWithClaims()}. */
    CLAIMS_POINTS_WITH_CLAIMS("claims.pointsWithClaims", Kind.WHOLE),
    /** {@link ScoringPolicy#satisfiedFrom()}. */
    SATISFIED_FROM("satisfiedFrom", Kind.THRESHOLD),
    /** {@link ScoringPolicy#verySatisfiedFrom()}. */
    VERY_SATISFIED_FROM("verySatisfiedFrom", Kind.THRESHOLD),
    /** {@link ScoringPolicy#highValuePercentage()}. */
    HIGH_VALUE_PERCENTAGE("highValuePercentage", Kind.SHARE),
    /** {@link ScoringPolicy.Targets#satisfactionRate()}. */
    TARGET_SATISFACTION_RATE("targets.satisfactionRate", Kind.THRESHOLD),
    /** {@link ScoringPolicy.Targets#responseRate()}. */
    TARGET_RESPONSE_RATE("targets.responseRate", Kind.THRESHOLD),
    /** {@link ScoringPolicy.Targets#minimumSample()}. */
    MINIMUM_SAMPLE("targets.minimumSample", Kind.WHOLE);

    /** What a value is written as. */
    public enum Kind {
        /** A whole number: {@code 60}. */
        WHOLE,
        /** A number compared with figures as shown, so with at most one decimal: {@code 85}, {@code 84.9}. */
        THRESHOLD,
        /** An exact number: a decimal ({@code 20}, {@code 12.5}) or, without a finite decimal, a fraction. */
        SHARE,
        /** Whole numbers separated by commas: {@code 10,8,6,0}. */
        POINTS_LIST
    }

    private final String key;
    private final Kind kind;

    PolicyKey(String key, Kind kind) {
        this.key = key;
        this.kind = kind;
    }

    /** The name of the value in the policy's text, e.g. {@code survey.maxPoints}. */
    public String key() {
        return key;
    }

    /** What the value is written as. */
    public Kind kind() {
        return kind;
    }

    /** The key named {@code key} in a policy's text. */
    public static Optional<PolicyKey> byKey(String key) {
        Objects.requireNonNull(key, "key");
        return Arrays.stream(values()).filter(candidate -> candidate.key.equals(key)).findFirst();
    }
}
