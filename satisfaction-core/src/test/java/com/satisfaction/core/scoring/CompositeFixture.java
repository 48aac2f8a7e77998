package com.satisfaction.core.scoring;

import java.util.List;

/** Test data for composite scores: start from a flawless half-year and spoil one thing per test. */
final class CompositeFixture {

    static final ScoringPolicy FM40 = ScoringPolicy.fm40();

    private CompositeFixture() {
    }

    /** Survey 100, nothing returned, nothing lost, five praises, no claim: every part full, composite 100. */
    static CompositeInput aFlawlessHalfYear() {
        return CompositeInput.nothingRecorded()
                .withSurveyScores(List.of(Score.HUNDRED))
                .withDelivered(10_000).withReturned(0)
                .withLostBusinesses(0)
                .withPraises(5)
                .withClaims(0);
    }

    /** A flawless half-year except for the survey score, so that the composite is 40 + 0.6 × score. */
    static CompositeInput aHalfYearWithSurveyScore(Score surveyScore) {
        return aFlawlessHalfYear().withSurveyScores(List.of(surveyScore));
    }

    /** A flawless half-year except for the survey score, chosen so that the composite is exactly {@code composite}. */
    static CompositeInput aHalfYearWithComposite(Score composite) {
        return aHalfYearWithSurveyScore(composite.minus(Score.of(40)).dividedBy(Score.ratio(3, 5)));
    }

    /** A flawless half-year except for the survey score, chosen so that the survey part is exactly {@code part}. */
    static CompositeInput aHalfYearWithSurveyPart(Score part) {
        return aHalfYearWithSurveyScore(part.dividedBy(Score.ratio(3, 5)));
    }

    static CompositeScore scored(CompositeInput input) {
        return CompositeScore.of(input, FM40);
    }
}
