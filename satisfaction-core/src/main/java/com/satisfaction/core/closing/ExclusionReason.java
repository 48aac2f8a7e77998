package com.satisfaction.core.closing;

import java.util.Arrays;
import java.util.Optional;

/** Why a response is left out of scoring; OTHER needs a text of its own. */
public enum ExclusionReason {
    DUPLICATE, WRONG_RESPONDENT, TEST, OTHER;

    /** The reason of that name, as a form sends it; empty for anything else (blank, unknown, another case). */
    public static Optional<ExclusionReason> fromName(String name) {
        return Arrays.stream(values()).filter(reason -> reason.name().equals(name)).findFirst();
    }

    /** Whether this reason needs an explanation: only OTHER does. */
    public boolean needsText() {
        return this == OTHER;
    }
}
