package com.satisfaction.core.scoring;

import com.satisfaction.core.survey.Scale;
import java.util.Collection;

/**
 * Counts of answers on one scale, shared by CSAT and CES: how many, how many positive, and their sum for the mean.
 */
record Tally(long positive, long answers, long sumOfValues) {

    static Tally of(Scale scale, int positiveThreshold, Collection<Integer> values) {
        long positive = 0;
        long sum = 0;
        for (int value : values) {
            scale.requireValue(value);
            if (value >= positiveThreshold) {
                positive++;
            }
            sum += value;
        }
        return new Tally(positive, values.size(), sum);
    }

    /** Rejects counts that no set of answers on {@code scale} could produce. */
    static void validate(Scale scale, int positiveThreshold, long positive, long answers, long sumOfValues) {
        if (answers <= 0) {
            throw new IllegalArgumentException("answers " + answers
                    + " must be at least 1; an empty set of answers is \"no data\", use the factory returning Optional");
        }
        if (positive < 0 || positive > answers) {
            throw new IllegalArgumentException(
                    "positive answers " + positive + " is outside the allowed range 0–" + answers);
        }
        long others = answers - positive;
        if (others > 0 && positiveThreshold == scale.min()) {
            throw new IllegalArgumentException("with a positive threshold of " + positiveThreshold
                    + " every answer is positive, but only " + positive + " of " + answers + " are");
        }
        long lowest = positive * positiveThreshold + others * scale.min();
        long highest = positive * scale.max() + others * (positiveThreshold - 1L);
        if (sumOfValues < lowest || sumOfValues > highest) {
            throw new IllegalArgumentException("sum of values " + sumOfValues + " is outside the allowed range "
                    + lowest + "–" + highest + " for " + positive + " positive of " + answers + " answers on "
                    + scale.range());
        }
    }

    Score positiveShare() {
        return Score.percent(positive, answers);
    }

    Score mean() {
        return Score.ratio(sumOfValues, answers);
    }
}
