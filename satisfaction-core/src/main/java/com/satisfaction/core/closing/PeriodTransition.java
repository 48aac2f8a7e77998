package com.satisfaction.core.closing;

/** The outcome of asking a period to change its status: allowed (to the new status) or refused with a reason key. */
public sealed interface PeriodTransition {

    record Allowed(PeriodStatus to) implements PeriodTransition {
    }

    record Refused(String reason) implements PeriodTransition {
    }
}
