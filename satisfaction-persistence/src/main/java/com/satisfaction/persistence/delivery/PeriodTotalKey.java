package com.satisfaction.persistence.delivery;

import com.satisfaction.core.delivery.MovementKind;
import com.satisfaction.core.period.Period;

/**
 * A hand-typed per-period total exists for this customer, kind and period.
 *
 * @param customerId the customer
 * @param kind       delivery or return
 * @param period     the period
 */
public record PeriodTotalKey(long customerId, MovementKind kind, Period period) {
}
