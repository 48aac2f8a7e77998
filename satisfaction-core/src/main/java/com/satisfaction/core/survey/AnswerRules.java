package com.satisfaction.core.survey;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks what a customer entered against the question asked (SPEC §3): required questions answered,
 * values on the question's scale, texts within their limit, choices among those offered.
 */
public final class AnswerRules {

    private AnswerRules() {
    }

    public static AnswerCheck check(QuestionDefinition question, AnswerInput input) {
        return switch (question.type()) {
            case TEXT -> checkText(question, input);
            case CHOICE -> checkChoice(question, input);
            case EXPECTATION_PAIR -> checkPair(question, input);
            default -> checkValue(question, input);
        };
    }

    private static AnswerCheck checkValue(QuestionDefinition question, AnswerInput input) {
        String raw = input.single();
        if (raw.isEmpty()) {
            return missing(question);
        }
        Integer value = onScale(question.scale(), raw);
        return value == null ? outOfRange(question.scale()) : new AnswerCheck.Given(Answer.value(value));
    }

    private static AnswerCheck checkPair(QuestionDefinition question, AnswerInput input) {
        String received = input.single();
        String expected = input.expected() == null ? "" : input.expected().strip();
        if (received.isEmpty() && expected.isEmpty()) {
            return missing(question);
        }
        if (received.isEmpty() || expected.isEmpty()) {
            return AnswerCheck.Invalid.of("answer.pair.incomplete");
        }
        Integer receivedValue = onScale(question.scale(), received);
        Integer expectedValue = onScale(question.scale(), expected);
        if (receivedValue == null || expectedValue == null) {
            return outOfRange(question.scale());
        }
        return new AnswerCheck.Given(Answer.pair(expectedValue, receivedValue));
    }

    private static AnswerCheck checkText(QuestionDefinition question, AnswerInput input) {
        String text = input.single();
        if (text.isEmpty()) {
            return missing(question);
        }
        int length = text.codePointCount(0, text.length());
        if (length > question.maxLength()) {
            return AnswerCheck.Invalid.of("answer.text.tooLong", question.maxLength(), length);
        }
        return new AnswerCheck.Given(Answer.text(text));
    }

    private static AnswerCheck checkChoice(QuestionDefinition question, AnswerInput input) {
        List<String> picked = input.nonBlank();
        if (picked.isEmpty()) {
            return missing(question);
        }
        Set<Integer> positions = new LinkedHashSet<>();
        for (String raw : picked) {
            Integer position = parse(raw);
            if (position == null || position < 0 || position >= question.choices().size()) {
                return AnswerCheck.Invalid.of("answer.choice.unknown");
            }
            positions.add(position);
        }
        if (!question.multipleChoice() && positions.size() > 1) {
            return AnswerCheck.Invalid.of("answer.choice.onlyOne");
        }
        return new AnswerCheck.Given(Answer.choices(new ArrayList<>(positions)));
    }

    private static AnswerCheck missing(QuestionDefinition question) {
        return question.required() ? AnswerCheck.Invalid.of("answer.required") : new AnswerCheck.Skipped();
    }

    private static AnswerCheck outOfRange(Scale scale) {
        return AnswerCheck.Invalid.of("answer.outOfRange", scale.min(), scale.max());
    }

    private static Integer onScale(Scale scale, String raw) {
        Integer value = parse(raw);
        return value != null && scale.contains(value) ? value : null;
    }

    private static Integer parse(String raw) {
        if (raw.length() > 3) {
            return null;
        }
        try {
            return Integer.valueOf(raw);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
