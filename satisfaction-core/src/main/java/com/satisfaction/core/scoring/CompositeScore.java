package com.satisfaction.core.scoring;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The composite satisfaction score of one customer for one period, the 60/10/10/10/10 rule of FM40 (SPEC §4.6):
 * {@code composite = survey + product returns + lost business + praise + claims}, from 0 to 100. It keeps the policy it
 * was scored with, so the verdict and flags of a closed period do not move when the policy changes.
 *
 * @param survey         the survey part
 * @param productReturns the product-return part
 * @param lostBusiness   the lost-business part
 * @param praise         the praise part
 * @param claims         the claims part
 * @param policy         the policy the parts were scored with
 */
public record CompositeScore(PartScore survey, PartScore productReturns, PartScore lostBusiness, PartScore praise,
                             PartScore claims, ScoringPolicy policy) {

    /**
     * Creates a composite from its parts.
     *
     * @throws IllegalArgumentException when a part is in the wrong place or its maximum differs from the policy's
     */
    public CompositeScore {
        Objects.requireNonNull(policy, "policy");
        requirePart(survey, CompositePart.SURVEY, policy);
        requirePart(productReturns, CompositePart.PRODUCT_RETURNS, policy);
        requirePart(lostBusiness, CompositePart.LOST_BUSINESS, policy);
        requirePart(praise, CompositePart.PRAISE, policy);
        requirePart(claims, CompositePart.CLAIMS, policy);
    }

    /** Scores one customer's period under {@code policy}. */
    public static CompositeScore of(CompositeInput input, ScoringPolicy policy) {
        return new CompositeScore(
                part(CompositePart.SURVEY, policy, input.surveyScore().map(policy.survey()::points)),
                part(CompositePart.PRODUCT_RETURNS, policy,
                        input.productReturnRate().map(rate -> Score.of(policy.productReturns().points(rate)))),
                part(CompositePart.LOST_BUSINESS, policy,
                        Optional.of(Score.of(policy.lostBusiness().points(input.lostBusinesses())))),
                part(CompositePart.PRAISE, policy, Optional.of(Score.of(policy.praise().points(input.praises())))),
                part(CompositePart.CLAIMS, policy, Optional.of(Score.of(policy.claims().points(input.claims())))),
                policy);
    }

    /** The five parts in form order. */
    public List<PartScore> parts() {
        return List.of(survey, productReturns, lostBusiness, praise, claims);
    }

    /** The parts with no data, in form order. */
    public List<CompositePart> missingParts() {
        return parts().stream().filter(PartScore.NoData.class::isInstance).map(PartScore::part).toList();
    }

    /** The operational parts (product returns, lost business, praise, claims) with a deduction, in form order. */
    public List<CompositePart> deductions() {
        return parts().stream()
                .filter(part -> part.part().isOperational() && part.hasDeduction())
                .map(PartScore::part)
                .toList();
    }

    /** The sum of the five parts, 0–100; empty when any part has no data. */
    public Optional<Score> total() {
        Score total = Score.ZERO;
        for (PartScore part : parts()) {
            Optional<Score> points = part.points();
            if (points.isEmpty()) {
                return Optional.empty();
            }
            total = total.plus(points.get());
        }
        return Optional.of(total);
    }

    /**
     * Satisfied when the total, as shown, is at least the policy's threshold (85; {@link ScoringPolicy#verdictOf});
     * no data when there is no total.
     */
    public Verdict verdict() {
        return total().map(policy::verdictOf).orElse(Verdict.NO_DATA);
    }

    /**
     * The reviews called for: the survey items when the survey part, as shown, is below the policy's threshold (45);
     * a management meeting when any operational part has a deduction. Parts without data raise no flag.
     */
    public Set<ReviewFlag> reviewFlags() {
        Set<ReviewFlag> flags = EnumSet.noneOf(ReviewFlag.class);
        if (survey.points().filter(policy.survey()::callsForReview).isPresent()) {
            flags.add(ReviewFlag.REVIEW_SURVEY_ITEMS);
        }
        if (!deductions().isEmpty()) {
            flags.add(ReviewFlag.MANAGEMENT_REVIEW_MEETING);
        }
        return Set.copyOf(flags);
    }

    private static PartScore part(CompositePart part, ScoringPolicy policy, Optional<Score> points) {
        Score maximum = Score.of(policy.maxPoints(part));
        return points.<PartScore>map(earned -> new PartScore.Points(part, earned, maximum))
                .orElseGet(() -> new PartScore.NoData(part, maximum));
    }

    private static void requirePart(PartScore score, CompositePart expected, ScoringPolicy policy) {
        Objects.requireNonNull(score, expected.name());
        if (score.part() != expected) {
            throw new IllegalArgumentException("part " + score.part() + " given where " + expected + " belongs");
        }
        Score maximum = Score.of(policy.maxPoints(expected));
        if (!score.maximum().equals(maximum)) {
            throw new IllegalArgumentException("maximum " + score.maximum() + " of " + expected
                    + " differs from the policy's " + maximum);
        }
    }
}
