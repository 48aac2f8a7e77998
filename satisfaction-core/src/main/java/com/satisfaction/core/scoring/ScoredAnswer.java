package com.satisfaction.core.scoring;

import com.satisfaction.core.survey.Scale;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One answer to a scored question, as input to the survey score (SPEC §4.5).
 *
 * @param scale  the question's scale
 * @param value  the answer, on the scale
 * @param points the question's points, more than 0 and a multiple of 0.01 (default {@value #DEFAULT_POINTS}); two
 *               decimals at most keep every amount a whole number of {@link SurveyScore} units
 */
public record ScoredAnswer(Scale scale, int value, BigDecimal points) {

    /** The points of a scored question unless its author changes them. */
    public static final int DEFAULT_POINTS = 10;
    /** The most decimals a question's points may have. */
    public static final int POINTS_DECIMALS = 2;

    /**
     * Creates a scored answer.
     *
     * @throws IllegalArgumentException when the value is off the scale, or the points are not positive or have more
     *                                  than two decimals
     */
    public ScoredAnswer {
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(points, "points");
        scale.requireValue(value);
        if (points.signum() <= 0) {
            throw new IllegalArgumentException("points " + points.toPlainString() + " must be more than 0");
        }
        if (points.stripTrailingZeros().scale() > POINTS_DECIMALS) {
            throw new IllegalArgumentException("points " + points.toPlainString() + " have more than "
                    + POINTS_DECIMALS + " decimals (allowed: a multiple of 0.01)");
        }
    }

    /** An answer to a question worth the default {@value #DEFAULT_POINTS} points. */
    public static ScoredAnswer of(Scale scale, int value) {
        return new ScoredAnswer(scale, value, BigDecimal.valueOf(DEFAULT_POINTS));
    }

    /** The points possible: the question's points. */
    public Score possible() {
        return Score.of(points);
    }

    /** {@code points × value ÷ scale maximum}; LIKERT5 非常好 earns 100 %, 好 80 % … 非常差 20 %. */
    public Score earned() {
        return possible().times(Score.ratio(value, scale.max()));
    }

    /** The points possible in units of 1/{@value SurveyScore#UNITS_PER_POINT} point. */
    public long possibleUnits() {
        return SurveyScore.units("points possible", possible());
    }

    /** The points earned in units of 1/{@value SurveyScore#UNITS_PER_POINT} point; always whole (see SurveyScore). */
    public long earnedUnits() {
        return SurveyScore.units("points earned", earned());
    }
}
