package com.satisfaction.core.statistics;

import com.satisfaction.core.scoring.Score;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * How long some complaints took for one step (received → acknowledged, or received → resolved), in hours: how many
 * complaints took the step ({@code count}), their mean and their median. Made from what SQL aggregates in seconds —
 * {@code count}, {@code sum} and {@code percentile_cont(0.5)} — and kept exact; only {@link Score#display()} rounds
 * (one decimal, half-up). Over no complaint both are empty ("no data"), never 0.
 */
public record HandlingTime(long count, Optional<Score> meanHours, Optional<Score> medianHours) {

    private static final Score SECONDS_PER_HOUR = Score.of(3600);

    /** No complaint took the step. */
    public static final HandlingTime NONE = new HandlingTime(0, Optional.empty(), Optional.empty());

    public HandlingTime {
        Objects.requireNonNull(meanHours, "meanHours");
        Objects.requireNonNull(medianHours, "medianHours");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
        if ((count == 0) != meanHours.isEmpty() || (count == 0) != medianHours.isEmpty()) {
            throw new IllegalArgumentException("mean and median exist exactly when count > 0 (count " + count + ")");
        }
    }

    /**
     * From the SQL aggregates over {@code count} durations in seconds: their total and their median, both
     * {@code null} when {@code count} is 0 (SQL's {@code sum} and {@code percentile_cont} over no row).
     */
    public static HandlingTime ofSeconds(long count, BigDecimal totalSeconds, BigDecimal medianSeconds) {
        if (count == 0) {
            return NONE;
        }
        if (totalSeconds == null || medianSeconds == null) {
            throw new IllegalArgumentException(count + " durations need a total and a median");
        }
        Score mean = Score.of(totalSeconds).dividedBy(Score.of(count)).dividedBy(SECONDS_PER_HOUR);
        Score median = Score.of(medianSeconds).dividedBy(SECONDS_PER_HOUR);
        return new HandlingTime(count, Optional.of(mean), Optional.of(median));
    }

    /** The mean in hours as people read it ("27.5"), or empty for "no data". */
    public Optional<String> meanShown() {
        return meanHours.map(Score::display);
    }

    /** The median in hours as people read it, or empty for "no data". */
    public Optional<String> medianShown() {
        return medianHours.map(Score::display);
    }

    /** The mean in hours as shown, as a number for a chart ({@code null} = no data: a gap in the line). */
    public BigDecimal meanForChart() {
        return meanHours.map(hours -> hours.displayed().value()).orElse(null);
    }
}
