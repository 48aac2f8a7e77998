package com.satisfaction.persistence.statistics;

import java.math.BigDecimal;
import java.util.List;

/**
 * The complaints received in one {@link TimeWindow}, aggregated in SQL.
 *
 * @param byCategory          counts in the order of {@link ComplaintStatisticsQueries#CATEGORIES}
 * @param bySeverity          counts in the order of {@link com.satisfaction.core.complaint.Severity#values()}
 * @param closed              those now CLOSED (the rest are open)
 * @param acknowledged        those acknowledged so far, with the total and median seconds from receipt to the first
 *                            acknowledgement ({@code null} when none)
 * @param resolved            those resolved so far (resolved_at set), with total and median seconds to resolution
 * @param overdue             those overdue now (see {@link ComplaintStatisticsQueries})
 * @param rated               those with a satisfaction-with-handling rating, and the sum of the ratings
 */
public record ComplaintWindowFigures(int key, long received, List<Long> byCategory, List<Long> bySeverity, long closed,
                                     long acknowledged, BigDecimal acknowledgeSecondsTotal,
                                     BigDecimal acknowledgeSecondsMedian, long resolved,
                                     BigDecimal resolveSecondsTotal, BigDecimal resolveSecondsMedian, long overdue,
                                     long rated, long ratingTotal) {

    public ComplaintWindowFigures {
        byCategory = List.copyOf(byCategory);
        bySeverity = List.copyOf(bySeverity);
    }

    public long open() {
        return received - closed;
    }
}
