package com.satisfaction.core.survey;

import java.util.List;

/**
 * Something that keeps a survey from being published, e.g. a CHOICE question without choices.
 * {@code code} is a message key; {@code section} and {@code question} are 0-based positions (-1 where
 * the problem concerns the whole survey or section); {@code args} fill the message.
 */
public record SurveyProblem(String code, int section, int question, List<Object> args) {

    public SurveyProblem {
        args = List.copyOf(args);
    }

    static SurveyProblem ofSurvey(String code) {
        return new SurveyProblem(code, -1, -1, List.of());
    }

    static SurveyProblem ofSection(String code, int section) {
        return new SurveyProblem(code, section, -1, List.of());
    }

    static SurveyProblem ofQuestion(String code, int section, int question, Object... args) {
        return new SurveyProblem(code, section, question, List.of(args));
    }
}
