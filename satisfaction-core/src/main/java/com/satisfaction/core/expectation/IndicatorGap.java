package com.satisfaction.core.expectation;

import com.satisfaction.core.scoring.Score;

/**
 * For the dashboard: one indicator's normalised weight and gap {@code rᵢ − eᵢ} (for a team, the person-weighted mean
 * gap), so the manager sees which key indicator to act on.
 *
 * @param indicator the indicator's name
 * @param weight    its normalised weight
 * @param gap       received − expected
 */
public record IndicatorGap(String indicator, Score weight, Score gap) {
}
