package com.satisfaction.web.report;

import com.satisfaction.core.segmentation.SatisfactionLevel;
import com.satisfaction.core.segmentation.Segment;
import com.satisfaction.web.period.PeriodPage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The report's chart: customers per satisfaction level (and incomplete) as bars, and the value × satisfaction grid's
 * six cells with their count and total annual value; the template draws the bars as server-side SVG. Counted from
 * the lines the report prints anyway (every customer of the period).
 *
 * @param bars  one bar per level, then the incomplete ones
 * @param cells the grid, high value first, in level order
 */
record Distribution(List<Bar> bars, List<Cell> cells) {

    /** The longest bar's length in SVG units. */
    static final int BAR_LENGTH = 360;

    /** A bar: a level's name or {@code INCOMPLETE}, its count and its length in SVG units. */
    record Bar(String key, long count, int length) {
    }

    /** A grid cell: its segment, column (0–2: the level), row (0 high value, 1 low), count and total annual value. */
    record Cell(String segment, int column, int row, long count, BigDecimal value) {
    }

    static Distribution of(List<PeriodPage.CustomerLine> lines) {
        Map<SatisfactionLevel, Long> levels = new EnumMap<>(SatisfactionLevel.class);
        Map<Segment, long[]> counts = new EnumMap<>(Segment.class);
        Map<Segment, BigDecimal> values = new EnumMap<>(Segment.class);
        long incomplete = 0;
        for (PeriodPage.CustomerLine line : lines) {
            if (line.level() == null) {
                incomplete++;
                continue;
            }
            levels.merge(SatisfactionLevel.valueOf(line.level()), 1L, Long::sum);
            if (line.segment() != null) {
                Segment segment = Segment.valueOf(line.segment());
                counts.computeIfAbsent(segment, s -> new long[1])[0]++;
                if (line.annualValue() != null) {
                    values.merge(segment, line.annualValue(), BigDecimal::add);
                }
            }
        }
        List<Long> heights = new ArrayList<>();
        for (SatisfactionLevel level : SatisfactionLevel.values()) {
            heights.add(levels.getOrDefault(level, 0L));
        }
        heights.add(incomplete);
        long longest = heights.stream().mapToLong(Long::longValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < heights.size(); i++) {
            String key = i < SatisfactionLevel.values().length ? SatisfactionLevel.values()[i].name() : "INCOMPLETE";
            long count = heights.get(i);
            bars.add(new Bar(key, count, longest == 0 ? 0 : (int) (count * BAR_LENGTH / longest)));
        }
        List<Cell> cells = new ArrayList<>();
        for (Segment segment : Segment.values()) {
            cells.add(new Cell(segment.name(), segment.level().ordinal(), segment.isHighValue() ? 0 : 1,
                    counts.getOrDefault(segment, new long[1])[0], values.getOrDefault(segment, BigDecimal.ZERO)));
        }
        return new Distribution(bars, cells);
    }
}
