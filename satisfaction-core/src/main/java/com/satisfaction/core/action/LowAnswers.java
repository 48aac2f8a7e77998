package com.satisfaction.core.action;

import com.satisfaction.core.scoring.Ces;
import com.satisfaction.core.scoring.Nps;
import com.satisfaction.core.survey.Answer;
import com.satisfaction.core.survey.QuestionDefinition;
import com.satisfaction.core.survey.QuestionType;

import java.util.Objects;
import java.util.Optional;

/**
 * Which survey answers call for a complaint or an improvement action (SPEC §2, §4 and issue 11):
 * <ul>
 *   <li>NPS: a detractor, 0–6 (below {@link Nps#PASSIVE_FROM});</li>
 *   <li>LIKERT5: 差 (2) or 非常差 (1), the two lowest points;</li>
 *   <li>CSAT: below the question's positive threshold (its own, or its scale's default: 1–5 ≥ 4, 1–7 ≥ 5,
 *       1–10 ≥ 8);</li>
 *   <li>CES: below {@link Ces#POSITIVE_FROM} (5 on 1–7), the value from which the CES figure counts an answer as
 *       easy;</li>
 *   <li>TEXT: any answer that is not blank is a suggestion.</li>
 * </ul>
 * Plain ratings, expectation pairs and choices are neither: their low end means nothing fixed (a rating may ask
 * "how often did you have to call us"), and an expectation gap is read in the expectation model (§4.7).
 */
public final class LowAnswers {

    /** LIKERT5 answers up to this value (差 = 2, 非常差 = 1) are low. */
    public static final int LIKERT5_LOW_UP_TO = 2;

    private LowAnswers() {
    }

    /**
     * Why {@code answer} to {@code question} deserves a follow-up; empty when it does not.
     *
     * @throws IllegalArgumentException when a scaled question's answer has no value or a value off its scale
     */
    public static Optional<AnswerConcern> concernOf(QuestionDefinition question, Answer answer) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        if (question.type() == QuestionType.TEXT) {
            return answer.text() != null && !answer.text().isBlank()
                    ? Optional.of(AnswerConcern.SUGGESTION) : Optional.empty();
        }
        return isLow(question, answer) ? Optional.of(AnswerConcern.LOW_ANSWER) : Optional.empty();
    }

    /**
     * Whether {@code answer} is a low answer to {@code question} (never for unscaled or plain rating questions).
     *
     * @throws IllegalArgumentException when a scaled question's answer has no value or a value off its scale
     */
    public static boolean isLow(QuestionDefinition question, Answer answer) {
        return switch (question.type()) {
            case NPS -> valueOf(question, answer) < Nps.PASSIVE_FROM;
            case LIKERT5 -> valueOf(question, answer) <= LIKERT5_LOW_UP_TO;
            case CSAT -> valueOf(question, answer) < question.effectivePositiveThreshold();
            case CES -> valueOf(question, answer) < Ces.POSITIVE_FROM;
            case RATING, EXPECTATION_PAIR, TEXT, CHOICE -> false;
        };
    }

    private static int valueOf(QuestionDefinition question, Answer answer) {
        if (answer.value() == null) {
            throw new IllegalArgumentException("a " + question.type() + " answer has no value");
        }
        return question.scale().requireValue(answer.value());
    }
}
