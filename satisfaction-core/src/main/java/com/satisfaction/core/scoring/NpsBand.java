package com.satisfaction.core.scoring;

/**
 * The display band of an NPS (SPEC §4.2): &gt; 70 world-class, &gt; 50 excellent, &gt; 0 good, ≤ 0 needs work, read on
 * the NPS as shown (SPEC §4: an NPS of 70.04 shows 70.0 and is excellent, not world-class).
 */
public enum NpsBand {

    /** NPS above 70. */
    WORLD_CLASS(70),
    /** NPS above 50, up to 70. */
    EXCELLENT(50),
    /** NPS above 0, up to 50. */
    GOOD(0),
    /** NPS of 0 or below. */
    NEEDS_WORK(-100);

    private final Score above;

    NpsBand(int above) {
        this.above = Score.of(above);
    }

    /** The band of {@code nps}, read on its displayed value. */
    public static NpsBand of(Score nps) {
        Displayed shown = nps.displayed();
        for (NpsBand band : values()) {
            if (shown.isAbove(band.above)) {
                return band;
            }
        }
        return NEEDS_WORK;
    }
}
