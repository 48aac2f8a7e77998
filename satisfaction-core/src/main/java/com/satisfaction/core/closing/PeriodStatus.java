package com.satisfaction.core.closing;

/** Where a half-year stands: scores are live while OPEN or RE_OPENED, frozen while CLOSED. */
public enum PeriodStatus {
    OPEN, CLOSED, RE_OPENED;

    /** Whether the period's scores still follow the records (not frozen in a snapshot). */
    public boolean isLive() {
        return this != CLOSED;
    }
}
