package com.satisfaction.core.expectation;

import com.satisfaction.core.scoring.Score;
import java.util.List;
import java.util.Objects;

/**
 * The result of the expectation model for a person or a team.
 *
 * @param value        S, 1 when expectations are met exactly; may exceed 1; shown as {@link #percentage()}
 * @param reading      S read against the tolerance
 * @param memberValues Sⱼ of each team member in input order; just S for one person
 * @param gaps         weight and gap per indicator
 */
public record Satisfaction(Score value, Reading reading, List<Score> memberValues, List<IndicatorGap> gaps) {

    /** Creates a result. */
    public Satisfaction {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(reading, "reading");
        memberValues = List.copyOf(memberValues);
        gaps = List.copyOf(gaps);
    }

    /** S as people see it: a percentage ({@code S × 100}), e.g. {@code percentage().display()} → "104.0". */
    public Score percentage() {
        return percentage(value);
    }

    static Score percentage(Score value) {
        return value.times(Score.HUNDRED);
    }
}
