package com.satisfaction.core.segmentation;

import com.satisfaction.core.scoring.Score;
import com.satisfaction.core.scoring.ScoringPolicy;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The value × satisfaction grid of one period (SPEC §4.8): every customer falls into exactly one of six cells by
 * satisfaction level and by whether they are in the top share (20 %) by annual value <em>within their level</em>.
 * Within a level customers are ranked by annual value, highest first, ties broken by customer code ascending (plain
 * {@link String#compareTo} order), and the first ⌈n × share⌉ of the n customers are high value. The ranking is a total
 * order, so the same customers in any order give the same grid.
 *
 * @param <K> the id type
 */
public final class Segmentation<K> {

    private final Map<Segment, SegmentCell<K>> cells;
    /** Each customer's segment, so that looking one up does not walk the grid (10,000 customers, 10,000 look-ups). */
    private final Map<K, Segment> segments = new HashMap<>();

    /**
     * Creates a grid from its cells (all six).
     *
     * @throws IllegalArgumentException when a cell is missing or misplaced, or a customer or a code appears twice
     */
    public Segmentation(Map<Segment, SegmentCell<K>> cells) {
        Map<Segment, SegmentCell<K>> copy = new EnumMap<>(Segment.class);
        copy.putAll(cells);
        Set<String> codes = new HashSet<>();
        for (Segment segment : Segment.values()) {
            SegmentCell<K> cell = copy.get(segment);
            if (cell == null || cell.segment() != segment) {
                throw new IllegalArgumentException("cell " + segment + " is missing or holds another segment");
            }
            for (ValuedCustomer<K> customer : cell.customers()) {
                if (segments.put(customer.customer(), segment) != null) {
                    throw new IllegalArgumentException("customer " + customer.customer() + " appears more than once");
                }
                if (!codes.add(customer.code())) {
                    throw new IllegalArgumentException("customer code " + customer.code() + " appears more than once");
                }
            }
        }
        this.cells = Collections.unmodifiableMap(copy);
    }

    /** All six cells. */
    public Map<Segment, SegmentCell<K>> cells() {
        return cells;
    }

    /**
     * Segments the customers of a period under {@code policy}; no customers gives six empty cells.
     *
     * @throws IllegalArgumentException when a customer id or code appears twice
     */
    public static <K> Segmentation<K> of(Collection<ValuedCustomer<K>> customers, ScoringPolicy policy) {
        Map<SatisfactionLevel, List<ValuedCustomer<K>>> byLevel = new EnumMap<>(SatisfactionLevel.class);
        for (SatisfactionLevel level : SatisfactionLevel.values()) {
            byLevel.put(level, new ArrayList<>());
        }
        for (ValuedCustomer<K> customer : customers) {
            byLevel.get(SatisfactionLevel.of(customer.composite(), policy)).add(customer);
        }
        Map<Segment, SegmentCell<K>> cells = new EnumMap<>(Segment.class);
        byLevel.forEach((level, members) -> {
            members.sort(Comparator.comparing(ValuedCustomer<K>::annualValue).reversed()
                    .thenComparing(ValuedCustomer::code));
            int high = highValueCount(members.size(), policy.highValuePercentage());
            cells.put(Segment.of(level, true), new SegmentCell<>(Segment.of(level, true), members.subList(0, high)));
            cells.put(Segment.of(level, false),
                    new SegmentCell<>(Segment.of(level, false), members.subList(high, members.size())));
        });
        return new Segmentation<>(cells);
    }

    /** ⌈levelSize × percentage ÷ 100⌉. */
    static int highValueCount(int levelSize, Score percentage) {
        Score exact = Score.of(levelSize).times(percentage).dividedBy(Score.HUNDRED);
        BigInteger ceiling = exact.numerator().add(exact.denominator()).subtract(BigInteger.ONE)
                .divide(exact.denominator());
        return ceiling.intValueExact();
    }

    /** The cell of {@code segment}. */
    public SegmentCell<K> cell(Segment segment) {
        return cells.get(segment);
    }

    /** The segment of a customer; empty when the customer was not segmented. */
    public Optional<Segment> segmentOf(K customer) {
        return Optional.ofNullable(segments.get(customer));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Segmentation<?> that && cells.equals(that.cells);
    }

    @Override
    public int hashCode() {
        return cells.hashCode();
    }

    @Override
    public String toString() {
        return "Segmentation[cells=" + cells + "]";
    }
}
