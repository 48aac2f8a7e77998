package com.satisfaction.core.scoring;

import com.satisfaction.core.survey.Scale;
import java.util.Objects;

/**
 * A question feeding CSAT: its scale and the value from which an answer counts as positive (SPEC §4.1).
 *
 * @param scale             the answer scale
 * @param positiveThreshold the lowest positive value, on the scale
 */
public record CsatQuestion(Scale scale, int positiveThreshold) {

    /**
     * Creates a CSAT question.
     *
     * @throws IllegalArgumentException when the threshold is not on the scale
     */
    public CsatQuestion {
        Objects.requireNonNull(scale, "scale");
        if (!scale.contains(positiveThreshold)) {
            throw new IllegalArgumentException("positive threshold " + positiveThreshold + " is outside the scale "
                    + scale + " (allowed " + scale.range() + ")");
        }
    }

    /** A question using the scale's default threshold: 1–5 ≥ 4, 1–7 ≥ 5, 1–10 ≥ 8, LIKERT5 ≥ 好 (4). */
    public static CsatQuestion withDefaultThreshold(Scale scale) {
        return new CsatQuestion(scale, scale.defaultPositiveThreshold());
    }

    /**
     * Whether {@code value} is a positive answer.
     *
     * @throws IllegalArgumentException when the value is not on the scale
     */
    public boolean isPositive(int value) {
        return scale.requireValue(value) >= positiveThreshold;
    }
}
