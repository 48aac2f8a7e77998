package com.satisfaction.core.scoring;

import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The mean survey score of many responses (SPEC §4.5, §4.6: a customer's survey part uses the mean of their responses
 * in the period), computed exactly from sums a database can make. A response's score is {@code 100 × earned ÷
 * possible}; responses with the same points possible share a denominator, so grouping by it turns the mean of the
 * scores into a few integer sums:
 * <pre>{@code
 * select possible_units, sum(earned_units), count(*)
 *   from response where … and possible_units is not null
 *  group by possible_units
 * }</pre>
 * Each row is a {@link UnitGroup}; {@link #mean} gives the exact mean of the responses' scores, equal to the mean of
 * their {@link SurveyScore#value()}s, so a figure on a display boundary (84.95) is never nudged by a stored rounding.
 */
public final class SurveyScores {

    private SurveyScores() {
    }

    /**
     * The exact mean of the scores of all responses in {@code groups}; empty when there are none. Groups may repeat a
     * {@code possibleUnits} (e.g. sums from several surveys); they add up.
     */
    public static Optional<Score> mean(Collection<UnitGroup> groups) {
        Score sumOfScores = Score.ZERO;
        long responses = 0;
        for (UnitGroup group : groups) {
            sumOfScores = sumOfScores.plus(group.sumOfScores());
            responses = Math.addExact(responses, group.responses());
        }
        return responses == 0 ? Optional.empty() : Optional.of(sumOfScores.dividedBy(Score.of(responses)));
    }

    /** The groups of {@code scores} by points possible, as the SQL above makes them, in increasing points possible. */
    public static List<UnitGroup> group(Collection<SurveyScore> scores) {
        Map<Long, UnitGroup> groups = new TreeMap<>();
        for (SurveyScore score : scores) {
            groups.merge(score.possibleUnits(), new UnitGroup(score.possibleUnits(), score.earnedUnits(), 1),
                    UnitGroup::plus);
        }
        return List.copyOf(groups.values());
    }

    /**
     * Responses with the same points possible: one row of {@code group by possible_units}.
     *
     * @param possibleUnits  the points possible of each response in the group, in units of
     *                       1/{@value SurveyScore#UNITS_PER_POINT} point, more than 0
     * @param earnedUnitsSum the sum of the responses' points earned, in units, 0 to
     *                       {@code responses × possibleUnits}
     * @param responses      the number of responses, at least 1
     */
    public record UnitGroup(long possibleUnits, long earnedUnitsSum, long responses) {

        /**
         * Creates a group.
         *
         * @throws IllegalArgumentException when a count is out of range or the sum is more than the responses could
         *                                  have earned
         */
        public UnitGroup {
            SurveyScore.ofUnits(0, possibleUnits); // the points possible of a valid response
            if (responses < 1) {
                throw new IllegalArgumentException("responses " + responses + " in a group must be at least 1");
            }
            BigInteger most = BigInteger.valueOf(possibleUnits).multiply(BigInteger.valueOf(responses));
            if (earnedUnitsSum < 0 || BigInteger.valueOf(earnedUnitsSum).compareTo(most) > 0) {
                throw new IllegalArgumentException("earned units " + earnedUnitsSum + " of " + responses
                        + " responses is outside the allowed range 0–" + most);
            }
        }

        /** The sum of the group's survey scores: {@code 100 × earnedUnitsSum ÷ possibleUnits}. */
        public Score sumOfScores() {
            return Score.percent(earnedUnitsSum, possibleUnits);
        }

        private UnitGroup plus(UnitGroup other) {
            return new UnitGroup(possibleUnits, Math.addExact(earnedUnitsSum, other.earnedUnitsSum),
                    Math.addExact(responses, other.responses));
        }
    }
}
