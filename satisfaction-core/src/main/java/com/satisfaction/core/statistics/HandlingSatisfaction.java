package com.satisfaction.core.statistics;

import com.satisfaction.core.scoring.Score;

import java.util.Objects;
import java.util.Optional;

/**
 * The customers' satisfaction with how their complaints were handled (1–5, asked at follow-up): how many complaints
 * were rated ({@code count}, the "n" beside the mean) and their exact mean, empty ("no data") when none was.
 */
public record HandlingSatisfaction(long count, Optional<Score> mean) {

    /** The lowest and highest rating a customer can give. */
    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;

    public HandlingSatisfaction {
        Objects.requireNonNull(mean, "mean");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
        if ((count == 0) != mean.isEmpty()) {
            throw new IllegalArgumentException("a mean exists exactly when count > 0 (count " + count + ")");
        }
    }

    /**
     * From SQL's {@code count(handling_satisfaction)} and {@code sum(handling_satisfaction)}.
     *
     * @throws IllegalArgumentException when the total cannot come from {@code count} ratings of 1–5
     */
    public static HandlingSatisfaction of(long count, long total) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
        if (total < count * LOWEST || total > count * HIGHEST) {
            throw new IllegalArgumentException("a total of " + total + " cannot come from " + count + " ratings of "
                    + LOWEST + "–" + HIGHEST);
        }
        return count == 0 ? new HandlingSatisfaction(0, Optional.empty())
                : new HandlingSatisfaction(count, Optional.of(Score.ratio(total, count)));
    }

    /** The mean as people read it ("4.3"), or empty for "no data". */
    public Optional<String> meanShown() {
        return mean.map(Score::display);
    }
}
