package com.satisfaction.core.closing;

/** Why a response is left out of scoring; OTHER needs a text of its own. */
public enum ExclusionReason {
    DUPLICATE, WRONG_RESPONDENT, TEST, OTHER;

    /** Whether this reason needs an explanation: only OTHER does. */
    public boolean needsText() {
        return this == OTHER;
    }
}
