package com.satisfaction.persistence.response;

import com.satisfaction.core.scoring.Score;
import com.satisfaction.core.scoring.SurveyScore;

import java.time.Instant;
import java.util.Optional;

/** One line of a survey's response list; {@code enteredBy} is null for answers given online. */
public record ResponseRow(long id, Instant submittedAt, String language, String recipientLabel, String enteredBy,
                          Long earnedUnits, Long possibleUnits) {

    /** The exact survey score (SPEC §4.5); empty when no scored question was answered. */
    public Optional<Score> surveyScore() {
        return possibleUnits == null ? Optional.empty()
                : Optional.of(SurveyScore.ofUnits(earnedUnits, possibleUnits).value());
    }
}
