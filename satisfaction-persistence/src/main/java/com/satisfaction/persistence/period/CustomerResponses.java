package com.satisfaction.persistence.period;

import com.satisfaction.core.scoring.SurveyScores;

import java.util.List;

/**
 * One customer's counted responses in a period (not excluded): how many, and the sums of those with a survey score by
 * points possible ({@link SurveyScores#mean} makes their exact mean).
 *
 * @param customerId the customer
 * @param responses  counted responses, with or without a survey score
 * @param groups     the scored ones, one group per points possible
 */
public record CustomerResponses(long customerId, long responses, List<SurveyScores.UnitGroup> groups) {

    public CustomerResponses {
        groups = List.copyOf(groups);
    }

    /** The scored responses. */
    public long scored() {
        return groups.stream().mapToLong(SurveyScores.UnitGroup::responses).sum();
    }
}
