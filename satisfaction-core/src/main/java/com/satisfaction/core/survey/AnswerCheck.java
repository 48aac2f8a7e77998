package com.satisfaction.core.survey;

import java.util.List;

/**
 * The outcome of checking one {@link AnswerInput} against its question: a valid answer, an optional
 * question left empty, or a reason (message key and arguments) to show beside the question.
 */
public sealed interface AnswerCheck {

    /** A valid answer to keep. */
    record Given(Answer answer) implements AnswerCheck {
    }

    /** An optional question the customer left empty; nothing is stored for it. */
    record Skipped() implements AnswerCheck {
    }

    /** The input cannot be accepted; {@code code} is the message key to show beside the question. */
    record Invalid(String code, List<Object> args) implements AnswerCheck {
        public Invalid {
            args = List.copyOf(args);
        }

        static Invalid of(String code, Object... args) {
            return new Invalid(code, List.of(args));
        }
    }
}
