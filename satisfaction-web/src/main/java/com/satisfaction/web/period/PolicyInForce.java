package com.satisfaction.web.period;

import com.satisfaction.core.scoring.Score;
import com.satisfaction.core.scoring.ScoringPolicy;

/**
 * The scoring policy a live period is scored with, its version, and the company's targets. A close copies all of it
 * into the snapshot, so a later change applies to open periods only.
 */
public interface PolicyInForce {

    ScoringPolicy policy();

    /** The version people see and the snapshot keeps, e.g. {@code fm40} or {@code 3}. */
    String version();

    /** Satisfied customers ÷ customers with a composite, in %, that the company aims at. */
    Score satisfactionRateTarget();

    /** Answered ÷ sent over the period's campaigns, in %, that the close gate asks for. */
    Score responseRateTarget();
}
