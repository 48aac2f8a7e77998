package com.satisfaction.core.scoring;

import java.util.List;
import java.util.Objects;

/**
 * Every threshold, band and point value of the composite score (SPEC §4.6) and the satisfaction levels (SPEC §4.8).
 * {@link #fm40()} gives the defaults of the FM40 form; an administrator may replace them, and a closed period keeps
 * the policy it was scored with (store this value with the period).
 *
 * <p>Every threshold is compared with a figure as shown (one decimal, HALF_UP; see {@link Displayed}), so a threshold
 * has at most one decimal itself: a threshold of 85.04 would call a composite shown as 85.0 both "85.0" and "below
 * 85.04".
 *
 * @param survey              the survey part
 * @param productReturns      the product-return part
 * @param lostBusiness        the lost-business part
 * @param praise              the praise part
 * @param claims              the claims part
 * @param satisfiedFrom       the lowest composite counted as satisfied (85)
 * @param verySatisfiedFrom   the lowest composite counted as very satisfied (95), at least {@code satisfiedFrom}
 * @param highValuePercentage the share of each satisfaction level, by annual value, that is "high value" (20 %)
 * @param targets             the company's targets and the smallest sample a figure is shown for
 */
public record ScoringPolicy(
        SurveyRule survey,
        ProductReturnRule productReturns,
        LostBusinessRule lostBusiness,
        PraiseRule praise,
        ClaimRule claims,
        Score satisfiedFrom,
        Score verySatisfiedFrom,
        Score highValuePercentage,
        Targets targets) {

    /** The five part maxima must add up to this, so that a composite runs from 0 to 100. */
    public static final int COMPOSITE_MAXIMUM = 100;

    /**
     * Creates a policy.
     *
     * @throws IllegalArgumentException when the part maxima do not add up to {@value #COMPOSITE_MAXIMUM} or a
     *                                  threshold is out of range
     */
    public ScoringPolicy {
        Objects.requireNonNull(survey, "survey");
        Objects.requireNonNull(productReturns, "productReturns");
        Objects.requireNonNull(lostBusiness, "lostBusiness");
        Objects.requireNonNull(praise, "praise");
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(satisfiedFrom, "satisfiedFrom");
        Objects.requireNonNull(verySatisfiedFrom, "verySatisfiedFrom");
        Objects.requireNonNull(highValuePercentage, "highValuePercentage");
        Objects.requireNonNull(targets, "targets");
        int maxima = survey.maxPoints() + productReturns.maxPoints() + lostBusiness.maxPoints() + praise.maxPoints()
                + claims.maxPoints();
        if (maxima != COMPOSITE_MAXIMUM) {
            throw new IllegalArgumentException("the part maxima add up to " + maxima + " (allowed: exactly "
                    + COMPOSITE_MAXIMUM + ")");
        }
        Require.between("satisfied from", satisfiedFrom, Score.ZERO, Score.HUNDRED);
        Require.shownExactly("satisfied from", satisfiedFrom);
        Require.between("very satisfied from", verySatisfiedFrom, satisfiedFrom, Score.HUNDRED);
        Require.shownExactly("very satisfied from", verySatisfiedFrom);
        if (highValuePercentage.signum() <= 0 || highValuePercentage.isGreaterThan(Score.HUNDRED)) {
            throw new IllegalArgumentException("high-value percentage " + highValuePercentage
                    + " is outside the allowed range (0–100]");
        }
    }

    /**
     * Creates a policy with the {@linkplain Targets#fm40() default targets}.
     *
     * @throws IllegalArgumentException when the part maxima do not add up to {@value #COMPOSITE_MAXIMUM} or a
     *                                  threshold is out of range
     */
    public ScoringPolicy(SurveyRule survey, ProductReturnRule productReturns, LostBusinessRule lostBusiness,
                         PraiseRule praise, ClaimRule claims, Score satisfiedFrom, Score verySatisfiedFrom,
                         Score highValuePercentage) {
        this(survey, productReturns, lostBusiness, praise, claims, satisfiedFrom, verySatisfiedFrom,
                highValuePercentage, Targets.fm40());
    }

    /**
     * The FM40 defaults: survey 60 (review below 45); product returns &lt; 1 % → 10, 1–2 % → 5, &gt; 2 % → 0;
     * lost 0 → 10, 1 → 8, 2 → 6, 3+ → 0; praise 2 each up to 10; claims none → 10, any → 0; satisfied from 85;
     * very satisfied from 95; top 20 % by value is high value; the {@linkplain Targets#fm40() default targets}.
     */
    public static ScoringPolicy fm40() {
        return new ScoringPolicy(
                new SurveyRule(60, Score.of(45)),
                new ProductReturnRule(Score.of(1), Score.of(2), 10, 5, 0),
                new LostBusinessRule(List.of(10, 8, 6, 0)),
                new PraiseRule(2, 10),
                new ClaimRule(10, 0),
                Score.of(85),
                Score.of(95),
                Score.of(20));
    }

    /** This policy with another satisfied-from threshold. */
    public ScoringPolicy withSatisfiedFrom(Score threshold) {
        return new ScoringPolicy(survey, productReturns, lostBusiness, praise, claims, threshold, verySatisfiedFrom,
                highValuePercentage, targets);
    }

    /** This policy with other targets. */
    public ScoringPolicy withTargets(Targets newTargets) {
        return new ScoringPolicy(survey, productReturns, lostBusiness, praise, claims, satisfiedFrom,
                verySatisfiedFrom, highValuePercentage, newTargets);
    }

    /**
     * Satisfied when the composite, as shown, is at least {@link #satisfiedFrom()} (SPEC §4.6): 84.96 shows 85.0 and is
     * satisfied, 84.94 shows 84.9 and is not.
     *
     * @throws IllegalArgumentException when the composite is outside 0–100
     */
    public Verdict verdictOf(Score composite) {
        Require.between("composite", composite, Score.ZERO, Score.HUNDRED);
        return composite.displayed().isBelow(satisfiedFrom) ? Verdict.NOT_SATISFIED : Verdict.SATISFIED;
    }

    /** The maximum points of {@code part} under this policy. */
    public int maxPoints(CompositePart part) {
        return switch (part) {
            case SURVEY -> survey.maxPoints();
            case PRODUCT_RETURNS -> productReturns.maxPoints();
            case LOST_BUSINESS -> lostBusiness.maxPoints();
            case PRAISE -> praise.maxPoints();
            case CLAIMS -> claims.maxPoints();
        };
    }

    /**
     * The survey part: {@code survey score × maxPoints ÷ 100}; "review the survey items" below {@code reviewBelow}.
     *
     * @param maxPoints   the part's maximum (60)
     * @param reviewBelow the part value under which the survey items are reviewed (45)
     */
    public record SurveyRule(int maxPoints, Score reviewBelow) {

        /**
         * Creates the rule.
         *
         * @throws IllegalArgumentException when a value is out of range
         */
        public SurveyRule {
            Require.between("survey max points", maxPoints, 0, COMPOSITE_MAXIMUM);
            Require.between("survey review threshold", reviewBelow, Score.ZERO, Score.of(maxPoints));
            Require.shownExactly("survey review threshold", reviewBelow);
        }

        /**
         * The part for a survey score of 0–100.
         *
         * @throws IllegalArgumentException when the survey score is outside 0–100
         */
        public Score points(Score surveyScore) {
            Require.between("survey score", surveyScore, Score.ZERO, Score.HUNDRED);
            return surveyScore.times(Score.ratio(maxPoints, COMPOSITE_MAXIMUM));
        }

        /** Whether a survey part calls for a review of the survey items: its value as shown is below the threshold. */
        public boolean callsForReview(Score surveyPart) {
            return surveyPart.displayed().isBelow(reviewBelow);
        }
    }

    /**
     * The product-return part: rate &lt; {@code fullPointsBelow} → {@code fullPoints}; up to and including
     * {@code partialPointsUpTo} → {@code partialPoints}; above → {@code otherPoints}.
     *
     * @param fullPointsBelow   product return rate % under which the part is full (1)
     * @param partialPointsUpTo highest product return rate % still earning partial points (2)
     * @param fullPoints        points for a low rate, the part's maximum (10)
     * @param partialPoints     points for a middle rate (5)
     * @param otherPoints       points for a high rate (0)
     */
    public record ProductReturnRule(Score fullPointsBelow, Score partialPointsUpTo, int fullPoints, int partialPoints,
                             int otherPoints) {

        /**
         * Creates the rule.
         *
         * @throws IllegalArgumentException when the bands overlap or points increase with the rate
         */
        public ProductReturnRule {
            Objects.requireNonNull(fullPointsBelow, "fullPointsBelow");
            Require.between("product return rate for full points", fullPointsBelow, Score.ZERO, Score.HUNDRED);
            Require.shownExactly("product return rate for full points", fullPointsBelow);
            Require.between("product return rate for partial points", partialPointsUpTo, fullPointsBelow,
                    Score.HUNDRED);
            Require.shownExactly("product return rate for partial points", partialPointsUpTo);
            Require.between("product return full points", fullPoints, 0, COMPOSITE_MAXIMUM);
            Require.between("product return partial points", partialPoints, 0, fullPoints);
            Require.between("product return other points", otherPoints, 0, partialPoints);
        }

        /** The part's maximum. */
        public int maxPoints() {
            return fullPoints;
        }

        /** The points for a product return rate, read on the rate as shown: 0.95 % shows 1.0 % and earns 5 (FM40). */
        public int points(ProductReturnRate rate) {
            Displayed shown = rate.percentage().displayed();
            if (shown.isBelow(fullPointsBelow)) {
                return fullPoints;
            }
            return shown.isAbove(partialPointsUpTo) ? otherPoints : partialPoints;
        }
    }

    /**
     * The lost-business part: element {@code n} is the points for {@code n} lost customers or lines of business;
     * the last element applies to that many and more. FM40: {@code [10, 8, 6, 0]}.
     *
     * @param pointsByLostCount points by number lost, non-increasing, not empty
     */
    public record LostBusinessRule(List<Integer> pointsByLostCount) {

        /**
         * Creates the rule.
         *
         * @throws IllegalArgumentException when the list is empty, has a negative value or increases
         */
        public LostBusinessRule {
            pointsByLostCount = List.copyOf(pointsByLostCount);
            if (pointsByLostCount.isEmpty()) {
                throw new IllegalArgumentException("points by lost count is empty (allowed: at least one value)");
            }
            int ceiling = COMPOSITE_MAXIMUM;
            for (int points : pointsByLostCount) {
                Require.between("lost-business points", points, 0, ceiling);
                ceiling = points;
            }
        }

        /** The part's maximum: the points for nothing lost. */
        public int maxPoints() {
            return pointsByLostCount.get(0);
        }

        /**
         * The points for {@code lost} customers or lines of business lost.
         *
         * @throws IllegalArgumentException when {@code lost} is negative
         */
        public int points(int lost) {
            Require.count("lost business", lost);
            return pointsByLostCount.get(Math.min(lost, pointsByLostCount.size() - 1));
        }
    }

    /**
     * The praise part: {@code pointsPerPraise} for each praise, at most {@code maxPoints}; none → 0.
     *
     * @param pointsPerPraise points per written or spoken praise (2)
     * @param maxPoints       the part's maximum (10)
     */
    public record PraiseRule(int pointsPerPraise, int maxPoints) {

        /**
         * Creates the rule.
         *
         * @throws IllegalArgumentException when a value is out of range
         */
        public PraiseRule {
            Require.between("praise max points", maxPoints, 0, COMPOSITE_MAXIMUM);
            Require.between("points per praise", pointsPerPraise, 0, maxPoints);
        }

        /**
         * The points for {@code praises} recorded in the period.
         *
         * @throws IllegalArgumentException when {@code praises} is negative
         */
        public int points(int praises) {
            Require.count("praises", praises);
            return (int) Math.min((long) pointsPerPraise * praises, maxPoints);
        }
    }

    /**
     * The claims part: no claim → {@code pointsWithoutClaims}; any claim → {@code pointsWithClaims}.
     *
     * @param pointsWithoutClaims points for no claim, the part's maximum (10)
     * @param pointsWithClaims    points for one or more claims (0)
     */
    public record ClaimRule(int pointsWithoutClaims, int pointsWithClaims) {

        /**
         * Creates the rule.
         *
         * @throws IllegalArgumentException when a value is out of range
         */
        public ClaimRule {
            Require.between("points without claims", pointsWithoutClaims, 0, COMPOSITE_MAXIMUM);
            Require.between("points with claims", pointsWithClaims, 0, pointsWithoutClaims);
        }

        /** The part's maximum. */
        public int maxPoints() {
            return pointsWithoutClaims;
        }

        /**
         * The points for {@code claims} in the period.
         *
         * @throws IllegalArgumentException when {@code claims} is negative
         */
        public int points(int claims) {
            Require.count("claims", claims);
            return claims == 0 ? pointsWithoutClaims : pointsWithClaims;
        }
    }


    /**
     * What the company aims for and how many answers a figure needs before it is shown.
     *
     * @param satisfactionRate the satisfaction-rate target: satisfied ÷ customers with a composite, in % (85, after
     *                         the FM40 satisfied-from threshold; SPEC §4.6 leaves it to the company)
     * @param responseRate     the response-rate target of a period's campaigns, in % (70, SPEC §3)
     * @param minimumSample    the fewest customers or answers a figure is shown for; below it the page says
     *                         "insufficient sample" instead of a number (5)
     */
    public record Targets(Score satisfactionRate, Score responseRate, int minimumSample) {

        /** The largest minimum sample a policy may ask for. */
        public static final int MAX_MINIMUM_SAMPLE = 10_000;

        /**
         * Creates the targets.
         *
         * @throws IllegalArgumentException when a target is outside 0–100 or has more than one decimal, or the
         *                                  minimum sample is outside 1–{@value #MAX_MINIMUM_SAMPLE}
         */
        public Targets {
            Objects.requireNonNull(satisfactionRate, "satisfactionRate");
            Objects.requireNonNull(responseRate, "responseRate");
            Require.between("satisfaction-rate target", satisfactionRate, Score.ZERO, Score.HUNDRED);
            Require.shownExactly("satisfaction-rate target", satisfactionRate);
            Require.between("response-rate target", responseRate, Score.ZERO, Score.HUNDRED);
            Require.shownExactly("response-rate target", responseRate);
            Require.between("minimum sample", minimumSample, 1, MAX_MINIMUM_SAMPLE);
        }

        /** Satisfaction-rate target 85 %, response-rate target {@link ResponseRate#DEFAULT_TARGET} (70 %), sample 5. */
        public static Targets fm40() {
            return new Targets(Score.of(85), ResponseRate.DEFAULT_TARGET, 5);
        }

        /** Whether a satisfaction rate, as shown, meets the target: 84.96 % shows 85.0 % and meets 85 %. */
        public boolean satisfactionRateMet(Score rate) {
            return rate.displayed().isAtLeast(satisfactionRate);
        }

        /** Whether a figure over {@code n} customers or answers may be shown; below the minimum it may not. */
        public boolean enoughSample(long n) {
            return n >= minimumSample;
        }
    }
}
