package com.satisfaction.persistence.complaint;

import com.satisfaction.core.complaint.Category;
import com.satisfaction.core.complaint.ComplaintStatus;
import com.satisfaction.core.complaint.Severity;
import com.satisfaction.core.period.Period;

/**
 * Which complaints a list shows; every part is optional (null: any). {@code period} picks complaints received in
 * that half-year, {@code overdueOnly} those past a deadline they have not met.
 */
public record ComplaintFilter(Long customerId, Period period, ComplaintStatus status, Category category,
                              Severity severity, Long ownerId, boolean overdueOnly) {

    public static ComplaintFilter all() {
        return new ComplaintFilter(null, null, null, null, null, null, false);
    }

    /** The overdue complaints {@code ownerId} owns now. */
    public static ComplaintFilter overdueOf(long ownerId) {
        return new ComplaintFilter(null, null, null, null, null, ownerId, true);
    }
}
