package com.satisfaction.core.survey;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The kinds of survey question (SPEC §2) and the scales each may use. */
public enum QuestionType {

    /** Five labelled levels, values 5…1. */
    LIKERT5(Scale.LIKERT5),
    /** A numeric rating on 1–5, 1–7 or 1–10 with end labels. */
    RATING(null, Scale.ONE_TO_FIVE, Scale.ONE_TO_SEVEN, Scale.ONE_TO_TEN),
    /** A rating whose answers feed the CSAT figure (SPEC §4.1). */
    CSAT(null, Scale.ONE_TO_FIVE, Scale.ONE_TO_SEVEN, Scale.ONE_TO_TEN),
    /** "How likely are you to recommend us", 0–10 (SPEC §4.2). */
    NPS(Scale.ZERO_TO_TEN),
    /** "How easy was it", 1–7 (SPEC §4.3). */
    CES(Scale.ONE_TO_SEVEN),
    /** Expected and received for one weighted indicator, both on 1–10 (SPEC §4.7). */
    EXPECTATION_PAIR(Scale.ONE_TO_TEN),
    /** Free text, e.g. the customer's suggestions. */
    TEXT(null),
    /** Single or multiple choice. */
    CHOICE(null);

    private final Scale fixedScale;
    private final Set<Scale> allowedScales;

    QuestionType(Scale fixedScale, Scale... choosable) {
        this.fixedScale = fixedScale;
        Set<Scale> allowed = EnumSet.noneOf(Scale.class);
        if (fixedScale != null) {
            allowed.add(fixedScale);
        }
        allowed.addAll(Set.of(choosable));
        this.allowedScales = Set.copyOf(allowed);
    }

    /** Whether answers are integers on a {@link Scale}. */
    public boolean isScaled() {
        return !allowedScales.isEmpty();
    }

    /** The scale this type always uses (LIKERT5, NPS, CES, EXPECTATION_PAIR); empty when the author chooses. */
    public Optional<Scale> fixedScale() {
        return Optional.ofNullable(fixedScale);
    }

    /** The scales a question of this type may use; empty for unscaled types. */
    public Set<Scale> allowedScales() {
        return allowedScales;
    }

    /** Whether a question of this type may use {@code scale}. */
    public boolean allows(Scale scale) {
        return allowedScales.contains(scale);
    }

    /**
     * Returns {@code scale} if a question of this type may use it.
     *
     * @throws IllegalArgumentException naming the scale and the allowed ones otherwise
     */
    public Scale requireAllowed(Scale scale) {
        if (!allows(scale)) {
            throw new IllegalArgumentException("a " + name() + " question cannot use the scale " + scale
                    + " (allowed " + allowedScales.stream().sorted().toList() + ")");
        }
        return scale;
    }
}
