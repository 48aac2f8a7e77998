package com.satisfaction.core.segmentation;

/**
 * The six cells of the value × satisfaction grid (SPEC §4.8, seed 篇8), each with its recommended stance.
 */
public enum Segment {

    /** High value, dissatisfied: 危机客户. */
    CRISIS(SatisfactionLevel.DISSATISFIED, true, "危机客户",
            "Act first: raise satisfaction before the value is lost; moving a customer from dissatisfied to"
                    + " satisfied gains the most retention for the resources spent."),
    /** High value, satisfied: 潜力客户. */
    POTENTIAL(SatisfactionLevel.SATISFIED, true, "潜力客户",
            "Invest: a future star; spend where the cost of raising satisfaction a level is repaid in value."),
    /** High value, very satisfied: 明星客户. */
    STAR(SatisfactionLevel.VERY_SATISFIED, true, "明星客户",
            "Keep and grow: find what drives their satisfaction and raise it further at the least cost."),
    /** Low value, dissatisfied: 低价值客户. */
    LOW_PRIORITY(SatisfactionLevel.DISSATISFIED, false, "低价值客户",
            "Allocate essentially no extra resources."),
    /** Low value, satisfied: 风险客户. */
    AT_RISK(SatisfactionLevel.SATISFIED, false, "风险客户",
            "Watch: a focus of value management; invest where moving up a level is cheap."),
    /** Low value, very satisfied: 基础客户. */
    BASE(SatisfactionLevel.VERY_SATISFIED, false, "基础客户",
            "Do not drop: they share fixed costs and spread the word; keep satisfaction up at moderate cost.");

    private final SatisfactionLevel level;
    private final boolean highValue;
    private final String chineseName;
    private final String stance;

    Segment(SatisfactionLevel level, boolean highValue, String chineseName, String stance) {
        this.level = level;
        this.highValue = highValue;
        this.chineseName = chineseName;
        this.stance = stance;
    }

    /** The cell for a level and a value class. */
    public static Segment of(SatisfactionLevel level, boolean highValue) {
        return switch (level) {
            case DISSATISFIED -> highValue ? CRISIS : LOW_PRIORITY;
            case SATISFIED -> highValue ? POTENTIAL : AT_RISK;
            case VERY_SATISFIED -> highValue ? STAR : BASE;
        };
    }

    /** The satisfaction level (the grid's column). */
    public SatisfactionLevel level() {
        return level;
    }

    /** Whether this is a high-value cell (the grid's row). */
    public boolean isHighValue() {
        return highValue;
    }

    /** The seed's name, e.g. 明星客户. */
    public String chineseName() {
        return chineseName;
    }

    /** The recommended stance from the seed, in English. */
    public String stance() {
        return stance;
    }
}
