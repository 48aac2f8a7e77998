package com.satisfaction.persistence.response;

import com.satisfaction.core.scoring.Score;
import com.satisfaction.core.scoring.SurveyScores;

import java.util.List;
import java.util.Optional;

/**
 * How many responses a set holds and the database's sums of their survey scores, one per points possible;
 * the mean is exact (SPEC §4) and "no data" when no response has a score.
 */
public record ResponseSummary(long responses, List<SurveyScores.UnitGroup> scoreGroups) {

    public ResponseSummary {
        scoreGroups = List.copyOf(scoreGroups);
    }

    /** How many responses have a survey score. */
    public long scored() {
        return scoreGroups.stream().mapToLong(SurveyScores.UnitGroup::responses).sum();
    }

    public Optional<Score> meanSurveyScore() {
        return SurveyScores.mean(scoreGroups);
    }
}
