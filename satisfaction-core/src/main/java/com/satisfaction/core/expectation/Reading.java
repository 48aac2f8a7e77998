package com.satisfaction.core.expectation;

/** How a satisfaction S reads against 1 and a tolerance (SPEC §4.7, seed 篇6). */
public enum Reading {

    /** S &lt; 1 − tolerance: received less than expected, dissatisfied. */
    BELOW_EXPECTATION,
    /** |S − 1| ≤ tolerance: expectation met, satisfied. */
    MET,
    /** S &gt; 1 + tolerance: received more than expected, delighted. */
    DELIGHTED
}
