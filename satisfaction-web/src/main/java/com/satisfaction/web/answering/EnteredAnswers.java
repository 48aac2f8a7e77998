package com.satisfaction.web.answering;

import jakarta.servlet.http.HttpServletRequest;
import com.satisfaction.core.survey.AnswerInput;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The answer fields of a submitted questionnaire form, by field name ({@code q12}, {@code q12-expected}). */
public record EnteredAnswers(Map<String, String[]> parameters) {

    public static final EnteredAnswers NONE = new EnteredAnswers(Map.of());

    /** The fields of a posted form. */
    public static EnteredAnswers of(HttpServletRequest request) {
        return new EnteredAnswers(Map.copyOf(request.getParameterMap()));
    }

    public List<String> values(String field) {
        String[] values = parameters.get(field);
        return values == null ? List.of() : Arrays.asList(values);
    }

    public String first(String field) {
        List<String> values = values(field);
        return values.isEmpty() ? null : values.get(0);
    }

    /** What was entered for the question with {@code questionId}, unparsed. */
    public AnswerInput forQuestion(long questionId) {
        return new AnswerInput(values(Questionnaire.fieldOf(questionId)), first(Questionnaire.expectedFieldOf(questionId)));
    }
}
