package com.satisfaction.web.period;

import com.satisfaction.persistence.period.CustomerScore;
import com.satisfaction.persistence.period.SnapshotHeader;

import java.util.List;

/**
 * A half-year's scores: the period-wide part and every customer, computed live or read from the snapshot. The page,
 * the close and the canonical text all read this one shape.
 */
record PeriodResult(SnapshotHeader header, List<CustomerScore> customers) {

    PeriodResult {
        customers = List.copyOf(customers);
    }
}
