package com.satisfaction.core.survey;

import java.util.Objects;

/**
 * One question of a response as it was asked, with the customer's valid answer ({@link AnswerCheck.Given}). A response
 * is a list of these rather than a map keyed by question, since two questions of a survey may be defined alike.
 *
 * @param question the question as defined when the customer answered it
 * @param answer   the customer's answer to it
 */
public record AnsweredQuestion(QuestionDefinition question, Answer answer) {

    /** Pairs a question with its answer. */
    public AnsweredQuestion {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
    }
}
