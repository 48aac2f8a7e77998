package com.satisfaction.core.survey;

import java.util.Arrays;
import java.util.List;

/**
 * What a customer entered for one question, exactly as the form sent it: the ticked or typed values
 * (one for a scale or text, several for a multiple choice) and, for an EXPECTATION_PAIR, the expected
 * value beside the received one. Nothing is parsed or trusted yet.
 */
public record AnswerInput(List<String> values, String expected) {

    /** Nothing entered. */
    public static final AnswerInput NONE = new AnswerInput(List.of(), null);

    public AnswerInput {
        values = values == null ? List.of() : values.stream().map(v -> v == null ? "" : v).toList();
    }

    public static AnswerInput of(String... values) {
        return new AnswerInput(values == null ? List.of() : Arrays.asList(values), null);
    }

    public static AnswerInput pair(String expected, String received) {
        return new AnswerInput(received == null ? List.of() : List.of(received), expected);
    }

    /** The first non-blank value, stripped; empty string when there is none. */
    String single() {
        return values.stream().map(String::strip).filter(v -> !v.isEmpty()).findFirst().orElse("");
    }

    List<String> nonBlank() {
        return values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
    }
}
