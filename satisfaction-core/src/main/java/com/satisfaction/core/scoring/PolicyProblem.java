package com.satisfaction.core.scoring;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a policy's text or values were refused: the line or value concerned, what is wrong with it and the numbers a
 * message needs (for {@link Kind#OUT_OF_RANGE} the lowest and highest allowed values; for
 * {@link Kind#PARTS_DO_NOT_ADD_UP} the sum, then the five maxima).
 *
 * @param key       the name of the value ({@link PolicyKey#key()}), or of the line that was not understood
 * @param kind      what is wrong
 * @param arguments the numbers the message shows, as text
 */
public record PolicyProblem(String key, Kind kind, List<String> arguments) {

    /** What is wrong. */
    public enum Kind {
        /** The value is missing or blank. */
        MISSING,
        /** Not a whole number: {@code abc}, {@code 2.5}, {@code 1e3}. */
        NOT_A_WHOLE_NUMBER,
        /** Not a number: {@code abc}, {@code 1e3}, {@code 1,5}. */
        NOT_A_NUMBER,
        /** Not whole numbers separated by commas. */
        NOT_A_LIST,
        /** A threshold with more than one decimal: verdicts compare it with figures as shown, which have one. */
        TOO_MANY_DECIMALS,
        /** Outside the allowed range; arguments: lowest, highest. */
        OUT_OF_RANGE,
        /** The five part maxima do not add up to 100; arguments: the sum, then the five maxima. */
        PARTS_DO_NOT_ADD_UP,
        /** A line the text has no use for. */
        UNKNOWN_KEY,
        /** A value given twice. */
        REPEATED_KEY,
        /** A line that is not {@code key=value}. */
        NOT_A_LINE,
        /** A text of another format, or without its format line; arguments: the format found. */
        UNSUPPORTED_FORMAT
    }

    /** Creates a problem. */
    public PolicyProblem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        arguments = List.copyOf(arguments);
    }

    /** The value concerned; empty for a line that names none. */
    public Optional<PolicyKey> policyKey() {
        return PolicyKey.byKey(key);
    }
}
