package com.satisfaction.persistence.delivery;

import com.satisfaction.core.delivery.MovementKind;
import com.satisfaction.core.period.Period;

import java.time.Instant;
import java.util.Collection;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * SQL over both tables, deliveries and product returns: the per-customer per-period totals behind the product return
 * rate, the list with its filters, counts and sums, and the lookups and batched writes of an ERP import.
 */
public interface MovementQueries {

    /** Delivered and returned per customer for {@code period}, one aggregate over both tables; customers with rows only. */
    List<DeliveryTotals> totalsFor(Period period);

    /** {@link #totalsFor(Period)} of the given customers only. */
    List<DeliveryTotals> totalsFor(Period period, Collection<Long> customers);

    /** Delivered and returned by one customer for {@code period}; zeros when it has no row in the period. */
    DeliveryTotals totalsFor(long customerId, Period period);

    /** How many rows the filter selects and the units they deliver and return. */
    MovementSums sums(MovementFilter filter);

    /** One page of the rows the filter selects, latest day first. */
    List<MovementRow> rows(MovementFilter filter, long offset, int limit);

    /** The days of the earliest and latest rows; empty when there are none. */
    Optional<DateSpan> dateSpan();

    /** Customer ids by register code, for the codes that exist. */
    Map<String, Long> customerIdsByCode(Collection<String> codes);

    /** The stored lot rows (deliveries and returns) of these lots of these customers. */
    List<StoredLot> lotsOf(Collection<LotKey> keys);

    /** The hand-typed per-period totals of these customers. */
    Set<PeriodTotalKey> periodTotalsOf(Collection<Long> customerIds);

    /**
     * Inserts the new lines and changes the stored rows of the others (multi-row INSERTs, JDBC batches), and keeps
     * their audit trail in one revision of the acting user; unchanged lines are not given.
     */
    void write(List<LotWrite> writes, Instant at);

    /** Whether the customer has a lot row of this kind dated in the period (a per-period total would count it twice). */
    boolean hasLotsIn(MovementKind kind, long customerId, Period period);
}
