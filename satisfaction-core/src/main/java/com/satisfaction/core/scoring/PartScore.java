package com.satisfaction.core.scoring;

import java.util.Objects;
import java.util.Optional;

/** One part of a composite score: either its points or "no data" (shown as missing, never as a number). */
public sealed interface PartScore permits PartScore.Points, PartScore.NoData {

    /** Which part this is. */
    CompositePart part();

    /** The part's maximum under the policy it was scored with. */
    Score maximum();

    /** The points, or empty when there is no data. */
    Optional<Score> points();

    /** Whether the part's points, as shown, are below its maximum; false when there is no data. */
    boolean hasDeduction();

    /**
     * The points of a part with data.
     *
     * @param part    which part
     * @param earned  the points, 0 to {@code maximum}
     * @param maximum the part's maximum
     */
    record Points(CompositePart part, Score earned, Score maximum) implements PartScore {

        /**
         * Creates a part with data.
         *
         * @throws IllegalArgumentException when {@code earned} is outside 0–{@code maximum}
         */
        public Points {
            Objects.requireNonNull(part, "part");
            Require.between("maximum of " + part, maximum, Score.ZERO, Score.HUNDRED);
            Require.between("points of " + part, earned, Score.ZERO, maximum);
        }

        @Override
        public Optional<Score> points() {
            return Optional.of(earned);
        }

        @Override
        public boolean hasDeduction() {
            return earned.displayed().isBelow(maximum);
        }
    }

    /**
     * A part with no data, e.g. the product-return part of a customer with no deliveries in the period.
     *
     * @param part    which part
     * @param maximum the part's maximum
     */
    record NoData(CompositePart part, Score maximum) implements PartScore {

        /** Creates a part without data. */
        public NoData {
            Objects.requireNonNull(part, "part");
            Require.between("maximum of " + part, maximum, Score.ZERO, Score.HUNDRED);
        }

        @Override
        public Optional<Score> points() {
            return Optional.empty();
        }

        @Override
        public boolean hasDeduction() {
            return false;
        }
    }
}
