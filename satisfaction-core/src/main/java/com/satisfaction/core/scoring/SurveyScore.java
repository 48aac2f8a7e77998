package com.satisfaction.core.scoring;

import com.satisfaction.core.survey.Answer;
import com.satisfaction.core.survey.AnsweredQuestion;
import com.satisfaction.core.survey.Language;
import com.satisfaction.core.survey.QuestionDefinition;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The survey score of one response, 0–100 (SPEC §4.5): {@code 100 × Σ points earned ÷ Σ points possible} over the
 * scored questions answered. Unanswered optional questions are simply not passed in, so they are left out of both
 * sums.
 *
 * <p><b>Kept in whole units.</b> Both sums are whole numbers of units of 1/{@value #UNITS_PER_POINT} point, so that a
 * response's score is stored exactly (two {@code BIGINT} columns) and a period's mean computed in SQL equals the exact
 * computation even on a display boundary such as 84.95 (SPEC §4; {@link SurveyScores#mean}). Why 1/7000: a question's
 * points are a multiple of 0.01 ({@link ScoredAnswer}) and an answer earns {@code points × value ÷ scale maximum} with
 * a maximum of 5, 7 or 10, so one hundredth of a point answered 1 earns 1/500, 1/700 or 1/1000 point. The least common
 * multiple of 500, 700 and 1000 is 7000, so 1/7000 point is the largest unit in which every amount earned or possible
 * is whole: a hundredth of a point is 70 units, and each hundredth earns 14 units per value step on a 1–5 scale, 10 on
 * 1–7 and 7 on 1–10 or 0–10.
 *
 * @param earnedUnits   Σ points earned, in units of 1/{@value #UNITS_PER_POINT} point, 0 to {@code possibleUnits}
 * @param possibleUnits Σ points possible, in units, more than 0 and a whole number of hundredths of a point (a multiple
 *                      of {@value #UNITS_PER_HUNDREDTH})
 */
public record SurveyScore(long earnedUnits, long possibleUnits) {

    /** Units per point: earned and possible points are kept as whole multiples of 1/7000 point. */
    public static final long UNITS_PER_POINT = 7000;
    /** Units per hundredth of a point, the finest step of a question's points. */
    public static final long UNITS_PER_HUNDREDTH = UNITS_PER_POINT / 100;

    /**
     * Creates a survey score from its sums in units.
     *
     * @throws IllegalArgumentException when {@code possibleUnits} is not positive or not a whole number of hundredths
     *                                  of a point, or {@code earnedUnits} is outside 0–{@code possibleUnits}
     */
    public SurveyScore {
        if (possibleUnits <= 0) {
            throw new IllegalArgumentException("points possible " + points(possibleUnits) + " must be more than 0");
        }
        if (possibleUnits % UNITS_PER_HUNDREDTH != 0) {
            throw new IllegalArgumentException("points possible " + points(possibleUnits) + " is not a whole number "
                    + "of hundredths of a point (" + possibleUnits + " units of 1/" + UNITS_PER_POINT + ")");
        }
        if (earnedUnits < 0 || earnedUnits > possibleUnits) {
            throw new IllegalArgumentException("points earned " + points(earnedUnits)
                    + " is outside the allowed range 0–" + points(possibleUnits));
        }
    }

    /**
     * A survey score from stored sums in units of 1/{@value #UNITS_PER_POINT} point.
     *
     * @throws IllegalArgumentException as the {@linkplain #SurveyScore(long, long) constructor}
     */
    public static SurveyScore ofUnits(long earnedUnits, long possibleUnits) {
        return new SurveyScore(earnedUnits, possibleUnits);
    }

    /**
     * A survey score from its sums in points, e.g. 37 of 50.
     *
     * @throws IllegalArgumentException when a sum is not a whole number of units, or as the constructor
     */
    public static SurveyScore ofPoints(Score earned, Score possible) {
        return new SurveyScore(units("points earned", earned), units("points possible", possible));
    }

    /**
     * The score of a response's scored answers; empty when it has none.
     *
     * @throws ArithmeticException when the sums overflow a {@code long} (more than a trillion points)
     */
    public static Optional<SurveyScore> of(Collection<ScoredAnswer> answers) {
        if (answers.isEmpty()) {
            return Optional.empty();
        }
        long earned = 0;
        long possible = 0;
        for (ScoredAnswer answer : answers) {
            earned = Math.addExact(earned, answer.earnedUnits());
            possible = Math.addExact(possible, answer.possibleUnits());
        }
        return Optional.of(new SurveyScore(earned, possible));
    }

    /**
     * The score of one response (SPEC §4.5) from the questions the customer answered: a question counts when it is
     * scored and answered on a scale (LIKERT5, RATING, CSAT, NPS, CES, EXPECTATION_PAIR), with its own points; an
     * EXPECTATION_PAIR scores its received value. Unscored questions and TEXT or CHOICE answers are left out, and so
     * are optional questions left unanswered (they are not in {@code answered}). Empty when no scored question was
     * answered.
     *
     * @param answered the questions answered, each with its valid answer (see
     *                 {@link com.satisfaction.core.survey.AnswerRules})
     * @throws IllegalArgumentException when a scored scaled question's answer has no value or is off its scale, or the
     *                                  question's points have more than two decimals
     */
    public static Optional<SurveyScore> ofResponse(Collection<AnsweredQuestion> answered) {
        List<ScoredAnswer> scored = new ArrayList<>();
        for (AnsweredQuestion each : answered) {
            QuestionDefinition question = each.question();
            if (question.scored() && question.type().isScaled()) {
                scored.add(new ScoredAnswer(question.scale(), valueOf(question, each.answer()), question.points()));
            }
        }
        return of(scored);
    }

    /** Σ points earned. */
    public Score earned() {
        return points(earnedUnits);
    }

    /** Σ points possible. */
    public Score possible() {
        return points(possibleUnits);
    }

    /** {@code 100 × earned ÷ possible}, from 0 to 100, exact. */
    public Score value() {
        return Score.percent(earnedUnits, possibleUnits);
    }

    /**
     * {@code points} in whole units of 1/{@value #UNITS_PER_POINT} point.
     *
     * @throws IllegalArgumentException when {@code points} is not a whole number of units
     */
    static long units(String name, Score points) {
        Score units = points.times(Score.of(UNITS_PER_POINT));
        if (!units.denominator().equals(BigInteger.ONE)) {
            throw new IllegalArgumentException(name + " " + points + " is not a whole number of units of 1/"
                    + UNITS_PER_POINT + " point");
        }
        return units.numerator().longValueExact();
    }

    /** The value an answer scores: the scale value, for an EXPECTATION_PAIR the received one. */
    private static int valueOf(QuestionDefinition question, Answer answer) {
        if (answer.value() == null) {
            throw new IllegalArgumentException("the scored " + question.type() + " question \""
                    + question.text().in(Language.EN) + "\" was answered without a value");
        }
        return answer.value();
    }

    private static Score points(long units) {
        return Score.ratio(units, UNITS_PER_POINT);
    }
}
