package com.satisfaction.core.segmentation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One cell of the grid: its customers, highest value first.
 *
 * @param segment   the cell
 * @param customers its customers, highest annual value first, equal values by customer code
 * @param <K>       the id type
 */
public record SegmentCell<K>(Segment segment, List<ValuedCustomer<K>> customers) {

    /** Creates a cell. */
    public SegmentCell {
        Objects.requireNonNull(segment, "segment");
        customers = List.copyOf(customers);
    }

    /** The number of customers. */
    public int count() {
        return customers.size();
    }

    /** The customers' total annual value. */
    public BigDecimal totalValue() {
        return customers.stream().map(ValuedCustomer::annualValue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
