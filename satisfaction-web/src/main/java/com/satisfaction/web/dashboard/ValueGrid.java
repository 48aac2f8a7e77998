package com.satisfaction.web.dashboard;

import com.satisfaction.core.segmentation.Segment;
import com.satisfaction.persistence.period.CustomerScore;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The value × satisfaction grid of a half-year (SPEC §4.8): per cell the customers in it and their total annual value
 * (an unknown value counts as none), from the segment each customer was given when scored.
 */
final class ValueGrid {

    /** A cell as shown: its segment, how many customers and their total annual value. */
    record Cell(Segment segment, long customers, BigDecimal totalValue) {
    }

    private final Map<Segment, long[]> counts = new EnumMap<>(Segment.class);
    private final Map<Segment, BigDecimal> values = new EnumMap<>(Segment.class);

    void add(CustomerScore s) {
        s.segment().ifPresent(segment -> {
            counts.computeIfAbsent(segment, k -> new long[1])[0]++;
            if (s.customer().annualValue() != null) {
                values.merge(segment, s.customer().annualValue(), BigDecimal::add);
            }
        });
    }

    /** The six cells: the high-value row (dissatisfied → very satisfied), then the low-value row. */
    List<Cell> cells() {
        return Arrays.stream(Segment.values()).sorted(Comparator.comparing(Segment::isHighValue).reversed()
                .thenComparing(Segment::level)).map(segment -> new Cell(segment,
                counts.getOrDefault(segment, new long[1])[0], values.getOrDefault(segment, BigDecimal.ZERO))).toList();
    }
}
