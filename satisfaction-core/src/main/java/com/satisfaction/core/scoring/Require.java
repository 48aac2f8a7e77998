package com.satisfaction.core.scoring;

/** Argument checks whose messages name the value and the allowed range. */
final class Require {

    private Require() {
    }

    static void count(String name, long count) {
        if (count < 0) {
            throw new IllegalArgumentException(name + " " + count + " is negative (allowed 0 or more)");
        }
    }

    static void between(String name, Score value, Score low, Score high) {
        if (!value.isBetween(low, high)) {
            throw new IllegalArgumentException(
                    name + " " + value + " is outside the allowed range " + low + "–" + high);
        }
    }

    /** A threshold that verdicts compare displayed values against must itself be shown without rounding. */
    static void shownExactly(String name, Score threshold) {
        if (!threshold.isShownExactly()) {
            throw new IllegalArgumentException(name + " " + threshold + " has more decimals than a figure shows "
                    + "(allowed: at most " + Displayed.DECIMALS
                    + " decimal, since verdicts compare the figure as shown)");
        }
    }

    static void between(String name, long value, long low, long high) {
        if (value < low || value > high) {
            throw new IllegalArgumentException(
                    name + " " + value + " is outside the allowed range " + low + "–" + high);
        }
    }
}
