package com.satisfaction.web.period;

import com.satisfaction.core.scoring.ScoringPolicy;

import java.util.stream.Collectors;

/**
 * Every value of a scoring policy as one line of {@code name=value} pairs in a fixed order: what a snapshot keeps of
 * the policy it was scored with, and what its canonical text (and so its hash) covers.
 */
final class PolicyText {

    private PolicyText() {
    }

    static String of(ScoringPolicy policy) {
        ScoringPolicy.ProductReturnRule returns = policy.productReturns();
        return String.join(";",
                "survey.maxPoints=" + policy.survey().maxPoints(),
                "survey.reviewBelow=" + policy.survey().reviewBelow(),
                "productReturns.fullPointsBelow=" + returns.fullPointsBelow(),
                "productReturns.partialPointsUpTo=" + returns.partialPointsUpTo(),
                "productReturns.fullPoints=" + returns.fullPoints(),
                "productReturns.partialPoints=" + returns.partialPoints(),
                "productReturns.otherPoints=" + returns.otherPoints(),
                "lostBusiness.pointsByLostCount=" + policy.lostBusiness().pointsByLostCount().stream()
                        .map(String::valueOf).collect(Collectors.joining(",")),
                "praise.pointsPerPraise=" + policy.praise().pointsPerPraise(),
                "praise.maxPoints=" + policy.praise().maxPoints(),
                "claims.pointsWithoutClaims=" + policy.claims().pointsWithoutClaims(),
                "claims.pointsWithClaims=" + policy.claims().pointsWithClaims(),
                "satisfiedFrom=" + policy.satisfiedFrom(),
                "verySatisfiedFrom=" + policy.verySatisfiedFrom(),
                "highValuePercentage=" + policy.highValuePercentage());
    }
}
