package com.satisfaction.core.expectation;

import com.satisfaction.core.scoring.Displayed;
import com.satisfaction.core.scoring.Score;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The expectation-vs-received model of SPEC §4.7 (seed 篇4, 篇6). For one person,
 * {@code S = Σᵢ wᵢ · rᵢ / eᵢ}; for a team of m persons, {@code S_team = Σⱼ vⱼ · Sⱼ}, i.e. the person weights times
 * the person × indicator ratio matrix times the indicator weights. Both weight vectors are normalised to sum to 1.
 *
 * @param indicators the indicator names, in order
 * @param weights    the normalised indicator weights wᵢ
 * @param tolerance  how far from 1 S still reads as "met", 0 or more; a whole number of tenths of a percent (0.05 is
 *                   5 %), since S is read as a percentage with one decimal
 */
public record ExpectationModel(List<String> indicators, Weights weights, Score tolerance) {

    /** The tolerance unless configured: 0.05. */
    public static final Score DEFAULT_TOLERANCE = Score.ratio(5, 100);

    /**
     * Creates a model.
     *
     * @throws IllegalArgumentException when the names and weights differ in number or the tolerance is negative
     */
    public ExpectationModel {
        indicators = List.copyOf(indicators);
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(tolerance, "tolerance");
        requireSameSize("indicator weights", weights.size(), indicators.size());
        if (tolerance.signum() < 0) {
            throw new IllegalArgumentException("tolerance " + tolerance + " is negative (allowed 0 or more)");
        }
        if (!tolerance.times(Score.HUNDRED).isShownExactly()) {
            throw new IllegalArgumentException("tolerance " + tolerance + " is not a whole number of tenths of a "
                    + "percent (allowed e.g. 0.05 or 0.025), since S is read as a percentage with one decimal");
        }
    }

    /**
     * A model of the given indicators with raw weights and the default tolerance.
     *
     * @throws IllegalArgumentException when there are no indicators, a weight is negative or all are zero
     */
    public static ExpectationModel of(List<Indicator> indicators) {
        return new ExpectationModel(indicators.stream().map(Indicator::name).toList(),
                Weights.of(indicators.stream().map(Indicator::weight).toList()), DEFAULT_TOLERANCE);
    }

    /** This model with another tolerance. */
    public ExpectationModel withTolerance(Score newTolerance) {
        return new ExpectationModel(indicators, weights, newTolerance);
    }

    /**
     * S of one person: {@code Σᵢ wᵢ · rᵢ / eᵢ}.
     *
     * @throws IllegalArgumentException when there is not exactly one pair per indicator
     */
    public Satisfaction individual(List<ExpectationPair> pairs) {
        Score value = personValue(pairs);
        List<IndicatorGap> gaps = new ArrayList<>(indicators.size());
        for (int i = 0; i < indicators.size(); i++) {
            gaps.add(new IndicatorGap(indicators.get(i), weights.get(i), pairs.get(i).gap()));
        }
        return new Satisfaction(value, read(value), List.of(value), gaps);
    }

    /**
     * S of a team: {@code Σⱼ vⱼ · Sⱼ} with the person weights normalised; empty when the team has no members.
     *
     * @throws IllegalArgumentException when a member has not exactly one pair per indicator, or all person weights
     *                                  are zero
     */
    public Optional<Satisfaction> team(List<TeamMember> members) {
        if (members.isEmpty()) {
            return Optional.empty();
        }
        Weights personWeights = Weights.of(members.stream().map(TeamMember::weight).toList());
        List<Score> memberValues = new ArrayList<>(members.size());
        Score value = Score.ZERO;
        for (int j = 0; j < members.size(); j++) {
            Score memberValue = personValue(members.get(j).pairs());
            memberValues.add(memberValue);
            value = value.plus(personWeights.get(j).times(memberValue));
        }
        List<IndicatorGap> gaps = new ArrayList<>(indicators.size());
        for (int i = 0; i < indicators.size(); i++) {
            Score gap = Score.ZERO;
            for (int j = 0; j < members.size(); j++) {
                gap = gap.plus(personWeights.get(j).times(members.get(j).pairs().get(i).gap()));
            }
            gaps.add(new IndicatorGap(indicators.get(i), weights.get(i), gap));
        }
        return Optional.of(new Satisfaction(value, read(value), memberValues, gaps));
    }

    /**
     * Reads S as it is shown, a percentage with one decimal ({@link Satisfaction#percentage()}): below
     * {@code 100 − tolerance × 100} is below expectation, above {@code 100 + tolerance × 100} delighted, else met.
     * S = 1.0495 shows 105.0 % and is met; 1.0505 shows 105.1 % and is delighted.
     */
    public Reading read(Score value) {
        Displayed shown = Satisfaction.percentage(value).displayed();
        Score margin = tolerance.times(Score.HUNDRED);
        if (shown.isBelow(Score.HUNDRED.minus(margin))) {
            return Reading.BELOW_EXPECTATION;
        }
        return shown.isAbove(Score.HUNDRED.plus(margin)) ? Reading.DELIGHTED : Reading.MET;
    }

    private Score personValue(List<ExpectationPair> pairs) {
        requireSameSize("expectation pairs", pairs.size(), indicators.size());
        Score value = Score.ZERO;
        for (int i = 0; i < pairs.size(); i++) {
            value = value.plus(weights.get(i).times(pairs.get(i).ratio()));
        }
        return value;
    }

    private static void requireSameSize(String what, int actual, int expected) {
        if (actual != expected) {
            throw new IllegalArgumentException(
                    what + ": " + actual + " given, but the model has " + expected + " indicators");
        }
    }
}
