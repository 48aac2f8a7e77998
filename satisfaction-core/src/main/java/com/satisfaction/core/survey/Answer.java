package com.satisfaction.core.survey;

import java.util.List;

/**
 * A valid answer to one question: a value on the question's scale (for an EXPECTATION_PAIR the received
 * value, with {@code expected} beside it), a text, or the 0-based positions of the chosen options.
 */
public record Answer(Integer value, Integer expected, String text, List<Integer> choices) {

    public Answer {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public static Answer value(int value) {
        return new Answer(value, null, null, null);
    }

    public static Answer pair(int expected, int received) {
        return new Answer(received, expected, null, null);
    }

    public static Answer text(String text) {
        return new Answer(null, null, text, null);
    }

    public static Answer choices(List<Integer> positions) {
        return new Answer(null, null, null, positions);
    }
}
