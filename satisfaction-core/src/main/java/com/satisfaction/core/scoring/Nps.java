package com.satisfaction.core.scoring;

import com.satisfaction.core.survey.Scale;
import java.util.Collection;
import java.util.Optional;

/**
 * Net promoter score (SPEC §4.2) from 0–10 answers: detractors 0–6, passives 7–8, promoters 9–10;
 * {@code NPS = % promoters − % detractors}, from −100 to +100. Example: 60 % promoters, 20 % detractors → 40.
 *
 * @param promoters  answers of 9 or 10
 * @param passives   answers of 7 or 8
 * @param detractors answers of 0 to 6
 */
public record Nps(long promoters, long passives, long detractors) {

    /** The NPS scale. */
    public static final Scale SCALE = Scale.ZERO_TO_TEN;
    /** The lowest promoter answer. */
    public static final int PROMOTER_FROM = 9;
    /** The lowest passive answer; anything below is a detractor. */
    public static final int PASSIVE_FROM = 7;

    /**
     * Creates an NPS from counts.
     *
     * @throws IllegalArgumentException when a count is negative or all are zero
     */
    public Nps {
        Require.count("promoters", promoters);
        Require.count("passives", passives);
        Require.count("detractors", detractors);
        if (promoters + passives + detractors == 0) {
            throw new IllegalArgumentException("an NPS needs at least one answer; "
                    + "no answers is \"no data\", use Nps.of or Nps.ofCounts which return Optional");
        }
    }

    /**
     * The NPS of the given 0–10 answers; empty when there are none.
     *
     * @throws IllegalArgumentException naming any answer outside 0–10
     */
    public static Optional<Nps> of(Collection<Integer> values) {
        long promoters = 0;
        long passives = 0;
        long detractors = 0;
        for (int value : values) {
            SCALE.requireValue(value);
            if (value >= PROMOTER_FROM) {
                promoters++;
            } else if (value >= PASSIVE_FROM) {
                passives++;
            } else {
                detractors++;
            }
        }
        return ofCounts(promoters, passives, detractors);
    }

    /**
     * The NPS of counted answers; empty when all counts are zero.
     *
     * @throws IllegalArgumentException when a count is negative
     */
    public static Optional<Nps> ofCounts(long promoters, long passives, long detractors) {
        if (promoters == 0 && passives == 0 && detractors == 0) {
            return Optional.empty();
        }
        return Optional.of(new Nps(promoters, passives, detractors));
    }

    /** All answers. */
    public long answers() {
        return promoters + passives + detractors;
    }

    /** Promoters as a percentage of all answers. */
    public Score promoterPercentage() {
        return Score.percent(promoters, answers());
    }

    /** Passives as a percentage of all answers. */
    public Score passivePercentage() {
        return Score.percent(passives, answers());
    }

    /** Detractors as a percentage of all answers. */
    public Score detractorPercentage() {
        return Score.percent(detractors, answers());
    }

    /** {@code % promoters − % detractors}, from −100 to +100. */
    public Score score() {
        return promoterPercentage().minus(detractorPercentage());
    }

    /** The display band of {@link #score()}. */
    public NpsBand band() {
        return NpsBand.of(score());
    }
}
