package com.satisfaction.core.expectation;

import com.satisfaction.core.scoring.Score;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Normalised weights: non-negative, summing to exactly 1 (SPEC §4.7). Raw weights that do not sum to 1 are divided by
 * their sum, so {@code (3, 1)}, {@code (0.75, 0.25)} and {@code (75, 25)} give the same weights.
 *
 * @param values the weights, each 0–1, summing to 1
 */
public record Weights(List<Score> values) {

    /**
     * Creates weights that are already normalised.
     *
     * @throws IllegalArgumentException when empty, a weight is negative or they do not sum to 1
     */
    public Weights {
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("weights are empty (allowed: at least one weight)");
        }
        Score sum = Score.ZERO;
        for (Score value : values) {
            requireNonNegative(value);
            sum = sum.plus(value);
        }
        if (!sum.equals(Score.ONE)) {
            throw new IllegalArgumentException("weights sum to " + sum + " (allowed: exactly 1; use Weights.of)");
        }
    }

    /**
     * Normalises raw weights by dividing each by their sum.
     *
     * @throws IllegalArgumentException when empty, a weight is negative or all are zero
     */
    public static Weights of(List<BigDecimal> raw) {
        List<Score> scores = raw.stream().map(Score::of).toList();
        Score sum = Score.ZERO;
        for (Score score : scores) {
            sum = sum.plus(requireNonNegative(score));
        }
        if (sum.signum() == 0) {
            throw new IllegalArgumentException("weights " + raw + " sum to 0 (allowed: at least one positive)");
        }
        List<Score> normalised = new ArrayList<>(scores.size());
        for (Score score : scores) {
            normalised.add(score.dividedBy(sum));
        }
        return new Weights(normalised);
    }

    /** {@code n} equal weights of 1/n. */
    public static Weights equal(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("number of weights " + n + " must be at least 1");
        }
        return of(Collections.nCopies(n, BigDecimal.ONE));
    }

    /** The number of weights. */
    public int size() {
        return values.size();
    }

    /** The weight at {@code index}. */
    public Score get(int index) {
        return values.get(index);
    }

    private static Score requireNonNegative(Score weight) {
        if (weight.signum() < 0) {
            throw new IllegalArgumentException("weight " + weight + " is negative (allowed 0 or more)");
        }
        return weight;
    }
}
