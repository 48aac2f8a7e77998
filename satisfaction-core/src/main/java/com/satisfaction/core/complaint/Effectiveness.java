package com.satisfaction.core.complaint;

/** Whether the corrective action worked, as checked when the complaint is closed; PENDING when it is too early to say. */
public enum Effectiveness {
    EFFECTIVE, NOT_EFFECTIVE, PENDING
}
