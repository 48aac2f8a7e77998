package com.satisfaction.web.policy;

import com.satisfaction.core.scoring.PolicyKey;
import com.satisfaction.core.scoring.PolicyText;
import com.satisfaction.core.scoring.ScoringPolicy;
import com.satisfaction.persistence.policy.ScoringPolicyVersion;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.EnumMap;
import java.util.Map;

/**
 * Every value of the scoring policy as typed, the version the form was opened on ({@code baseVersion}: saving
 * refuses when another version was saved meanwhile) and why the change is made. Values are text, so that "abc",
 * "1e9" or "84.95" come back as a message beside the field; the core's {@link PolicyText#of(Map)} checks them, the
 * same check a stored text passes.
 */
record PolicyForm(
        @Size(max = VALUE, message = "{policy.value.size}") String surveyMaxPoints,
        @Size(max = VALUE, message = "{policy.value.size}") String surveyReviewBelow,
        @Size(max = VALUE, message = "{policy.value.size}") String productReturnsFullPointsBelow,
        @Size(max = VALUE, message = "{policy.value.size}") String productReturnsPartialPointsUpTo,
        @Size(max = VALUE, message = "{policy.value.size}") String productReturnsFullPoints,
        @Size(max = VALUE, message = "{policy.value.size}") String productReturnsPartialPoints,
        @Size(max = VALUE, message = "{policy.value.size}") String productReturnsOtherPoints,
        @Size(max = LIST, message = "{policy.list.size}") String lostBusinessPointsByLostCount,
        @Size(max = VALUE, message = "{policy.value.size}") String praisePointsPerPraise,
        @Size(max = VALUE, message = "{policy.value.size}") String praiseMaxPoints,
        @Size(max = VALUE, message = "{policy.value.size}") String claimsPointsWithoutClaims,
        @Size(max = VALUE, message = "{policy.value.size}") String claimsPointsWithClaims,
        @Size(max = VALUE, message = "{policy.value.size}") String satisfiedFrom,
        @Size(max = VALUE, message = "{policy.value.size}") String verySatisfiedFrom,
        @Size(max = VALUE, message = "{policy.value.size}") String highValuePercentage,
        @Size(max = VALUE, message = "{policy.value.size}") String targetSatisfactionRate,
        @Size(max = VALUE, message = "{policy.value.size}") String targetResponseRate,
        @Size(max = VALUE, message = "{policy.value.size}") String minimumSample,
        @NotBlank(message = "{policy.baseVersion.invalid}") @Pattern(regexp = "\\d{1,9}", message = "{policy.baseVersion.invalid}")
        String baseVersion,
        @NotBlank(message = "{policy.reason.required}")
        @Size(max = ScoringPolicyVersion.REASON_LENGTH, message = "{policy.reason.size}")
        String reason) {

    /** The longest single value accepted: far beyond any valid one, short enough to parse at no cost. */
    static final int VALUE = 20;
    /** The longest list of lost-business points accepted. */
    static final int LIST = 100;

    PolicyForm {
        surveyMaxPoints = strip(surveyMaxPoints);
        surveyReviewBelow = strip(surveyReviewBelow);
        productReturnsFullPointsBelow = strip(productReturnsFullPointsBelow);
        productReturnsPartialPointsUpTo = strip(productReturnsPartialPointsUpTo);
        productReturnsFullPoints = strip(productReturnsFullPoints);
        productReturnsPartialPoints = strip(productReturnsPartialPoints);
        productReturnsOtherPoints = strip(productReturnsOtherPoints);
        lostBusinessPointsByLostCount = strip(lostBusinessPointsByLostCount);
        praisePointsPerPraise = strip(praisePointsPerPraise);
        praiseMaxPoints = strip(praiseMaxPoints);
        claimsPointsWithoutClaims = strip(claimsPointsWithoutClaims);
        claimsPointsWithClaims = strip(claimsPointsWithClaims);
        satisfiedFrom = strip(satisfiedFrom);
        verySatisfiedFrom = strip(verySatisfiedFrom);
        highValuePercentage = strip(highValuePercentage);
        targetSatisfactionRate = strip(targetSatisfactionRate);
        targetResponseRate = strip(targetResponseRate);
        minimumSample = strip(minimumSample);
        baseVersion = strip(baseVersion);
        reason = strip(reason);
    }

    /** The form for changing {@code version}: its values, no reason yet. */
    static PolicyForm of(PolicyVersion version) {
        return of(PolicyText.values(version.policy()), Integer.toString(version.number()), "");
    }

    /** This form opened again on another version, keeping what was typed (after a save lost a race). */
    PolicyForm rebasedOn(int number) {
        return of(values(), Integer.toString(number), reason);
    }

    /** The values typed, by key. */
    Map<PolicyKey, String> values() {
        Map<PolicyKey, String> values = new EnumMap<>(PolicyKey.class);
        for (PolicyKey key : PolicyKey.values()) {
            String value = switch (key) {
                case SURVEY_MAX_POINTS -> surveyMaxPoints;
                case SURVEY_REVIEW_BELOW -> surveyReviewBelow;
                case PRODUCT_RETURNS_FULL_POINTS_BELOW -> productReturnsFullPointsBelow;
                case PRODUCT_RETURNS_PARTIAL_POINTS_UP_TO -> productReturnsPartialPointsUpTo;
                case PRODUCT_RETURNS_FULL_POINTS -> productReturnsFullPoints;
                case PRODUCT_RETURNS_PARTIAL_POINTS -> productReturnsPartialPoints;
                case PRODUCT_RETURNS_OTHER_POINTS -> productReturnsOtherPoints;
                case LOST_BUSINESS_POINTS_BY_LOST_COUNT -> lostBusinessPointsByLostCount;
                case PRAISE_POINTS_PER_PRAISE -> praisePointsPerPraise;
                case PRAISE_MAX_POINTS -> praiseMaxPoints;
                case CLAIMS_POINTS_WITHOUT_CLAIMS -> claimsPointsWithoutClaims;
                case CLAIMS_POINTS_WITH_CLAIMS -> claimsPointsWithClaims;
                case SATISFIED_FROM -> satisfiedFrom;
                case VERY_SATISFIED_FROM -> verySatisfiedFrom;
                case HIGH_VALUE_PERCENTAGE -> highValuePercentage;
                case TARGET_SATISFACTION_RATE -> targetSatisfactionRate;
                case TARGET_RESPONSE_RATE -> targetResponseRate;
                case MINIMUM_SAMPLE -> minimumSample;
            };
            if (value != null) {
                values.put(key, value);
            }
        }
        return values;
    }

    /** The form field holding {@code key}. */
    static String field(PolicyKey key) {
        return switch (key) {
            case SURVEY_MAX_POINTS -> "surveyMaxPoints";
            case SURVEY_REVIEW_BELOW -> "surveyReviewBelow";
            case PRODUCT_RETURNS_FULL_POINTS_BELOW -> "productReturnsFullPointsBelow";
            case PRODUCT_RETURNS_PARTIAL_POINTS_UP_TO -> "productReturnsPartialPointsUpTo";
            case PRODUCT_RETURNS_FULL_POINTS -> "productReturnsFullPoints";
            case PRODUCT_RETURNS_PARTIAL_POINTS -> "productReturnsPartialPoints";
            case PRODUCT_RETURNS_OTHER_POINTS -> "productReturnsOtherPoints";
            case LOST_BUSINESS_POINTS_BY_LOST_COUNT -> "lostBusinessPointsByLostCount";
            case PRAISE_POINTS_PER_PRAISE -> "praisePointsPerPraise";
            case PRAISE_MAX_POINTS -> "praiseMaxPoints";
            case CLAIMS_POINTS_WITHOUT_CLAIMS -> "claimsPointsWithoutClaims";
            case CLAIMS_POINTS_WITH_CLAIMS -> "claimsPointsWithClaims";
            case SATISFIED_FROM -> "satisfiedFrom";
            case VERY_SATISFIED_FROM -> "verySatisfiedFrom";
            case HIGH_VALUE_PERCENTAGE -> "highValuePercentage";
            case TARGET_SATISFACTION_RATE -> "targetSatisfactionRate";
            case TARGET_RESPONSE_RATE -> "targetResponseRate";
            case MINIMUM_SAMPLE -> "minimumSample";
        };
    }

    private static PolicyForm of(Map<PolicyKey, String> values, String baseVersion, String reason) {
        return new PolicyForm(values.get(PolicyKey.SURVEY_MAX_POINTS), values.get(PolicyKey.SURVEY_REVIEW_BELOW),
                values.get(PolicyKey.PRODUCT_RETURNS_FULL_POINTS_BELOW),
                values.get(PolicyKey.PRODUCT_RETURNS_PARTIAL_POINTS_UP_TO),
                values.get(PolicyKey.PRODUCT_RETURNS_FULL_POINTS), values.get(PolicyKey.PRODUCT_RETURNS_PARTIAL_POINTS),
                values.get(PolicyKey.PRODUCT_RETURNS_OTHER_POINTS),
                values.get(PolicyKey.LOST_BUSINESS_POINTS_BY_LOST_COUNT), values.get(PolicyKey.PRAISE_POINTS_PER_PRAISE),
                values.get(PolicyKey.PRAISE_MAX_POINTS), values.get(PolicyKey.CLAIMS_POINTS_WITHOUT_CLAIMS),
                values.get(PolicyKey.CLAIMS_POINTS_WITH_CLAIMS), values.get(PolicyKey.SATISFIED_FROM),
                values.get(PolicyKey.VERY_SATISFIED_FROM), values.get(PolicyKey.HIGH_VALUE_PERCENTAGE),
                values.get(PolicyKey.TARGET_SATISFACTION_RATE), values.get(PolicyKey.TARGET_RESPONSE_RATE),
                values.get(PolicyKey.MINIMUM_SAMPLE), baseVersion, reason);
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
