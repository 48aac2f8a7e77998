package com.satisfaction.core.scoring;

/** Whether a customer is satisfied in a period (SPEC §4.6: composite ≥ 85). */
public enum Verdict {

    /** The composite is at or above the policy's satisfied threshold. */
    SATISFIED,
    /** The composite is below the threshold. */
    NOT_SATISFIED,
    /** At least one part has no data, so there is no composite to judge. */
    NO_DATA
}
