package com.satisfaction.core.scoring;

import static com.satisfaction.core.scoring.CompositeFixture.FM40;
import static com.satisfaction.core.scoring.CompositeFixture.aFlawlessHalfYear;
import static com.satisfaction.core.scoring.CompositeFixture.scored;
import static com.satisfaction.core.support.RandomCases.decimal;
import static com.satisfaction.core.support.RandomCases.generate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.satisfaction.core.scoring.SurveyScores.UnitGroup;
import com.satisfaction.core.survey.Scale;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SurveyScoresTest {

    /** 250/3: LIKERT5 普通 and 非常好, and 9 on 1–10, all of 10 points: 6 + 10 + 9 = 25 of 30. */
    private static final SurveyScore TWO_FIFTY_THIRDS = SurveyScore.of(List.of(
            ScoredAnswer.of(Scale.LIKERT5, 3), ScoredAnswer.of(Scale.LIKERT5, 5), ScoredAnswer.of(Scale.ONE_TO_TEN, 9)))
            .orElseThrow();

    /** 75/2: LIKERT5 非常差 three times and 9 on 1–10: 2 + 2 + 2 + 9 = 15 of 40. */
    private static final SurveyScore THIRTY_SEVEN_AND_A_HALF = SurveyScore.of(List.of(
            ScoredAnswer.of(Scale.LIKERT5, 1), ScoredAnswer.of(Scale.LIKERT5, 1), ScoredAnswer.of(Scale.LIKERT5, 1),
            ScoredAnswer.of(Scale.ONE_TO_TEN, 9))).orElseThrow();

    /** A survey score as the old {@code NUMERIC(12, 8)} column kept it: rounded to 8 decimals. */
    private static Score storedTo8Decimals(SurveyScore score) {
        return Score.of(score.value().toBigDecimal(8));
    }

    /** The mean from SQL-style groups, as a repository would return them. */
    private static Score meanOfStoredUnits(SurveyScore... scores) {
        return SurveyScores.mean(SurveyScores.group(List.of(scores))).orElseThrow();
    }

    @Nested
    class The_mean_from_groups {

        @Test
        void no_responses_is_no_data() {
            assertThat(SurveyScores.mean(List.of())).isEmpty();
            assertThat(SurveyScores.group(List.of())).isEmpty();
        }

        @Test
        void responses_are_grouped_by_their_points_possible() {
            SurveyScore eightyOf100 = SurveyScore.ofPoints(Score.of(80), Score.of(100));
            SurveyScore fiftyOf100 = SurveyScore.ofPoints(Score.of(50), Score.of(100));

            assertThat(SurveyScores.group(List.of(eightyOf100, TWO_FIFTY_THIRDS, fiftyOf100))).containsExactly(
                    new UnitGroup(210_000, 175_000, 1),
                    new UnitGroup(700_000, 910_000, 2));
        }

        @Test
        void the_mean_is_the_exact_mean_of_the_responses_scores() {
            // 250/3, 75/2 and 80: (500 + 225 + 480) / 6 / 3 = 1205/18
            Score mean = meanOfStoredUnits(TWO_FIFTY_THIRDS, THIRTY_SEVEN_AND_A_HALF,
                    SurveyScore.ofPoints(Score.of(8), Score.of(10)));

            assertThat(mean).isEqualTo(Score.ratio(1205, 18));
        }

        @Test
        void groups_with_the_same_points_possible_add_up() {
            List<UnitGroup> fromTwoSurveys = List.of(
                    new UnitGroup(70_000, 56_000, 1), new UnitGroup(70_000, 70_000, 1));

            assertThat(SurveyScores.mean(fromTwoSurveys)).contains(Score.of(90));
        }

        @Test
        void a_group_no_responses_could_make_is_rejected() {
            assertThatIllegalArgumentException().isThrownBy(() -> new UnitGroup(70_000, 0, 0))
                    .withMessage("responses 0 in a group must be at least 1");
            assertThatIllegalArgumentException().isThrownBy(() -> new UnitGroup(70_000, 140_001, 2))
                    .withMessage("earned units 140001 of 2 responses is outside the allowed range 0–140000");
            assertThatIllegalArgumentException().isThrownBy(() -> new UnitGroup(70_000, -1, 2));
            assertThatIllegalArgumentException().isThrownBy(() -> new UnitGroup(0, 0, 1))
                    .withMessage("points possible 0 must be more than 0");
            assertThatIllegalArgumentException().isThrownBy(() -> new UnitGroup(71, 0, 1));
            assertThat(new UnitGroup(70_000, 140_000, 2).sumOfScores()).isEqualTo(Score.of(200));
            assertThat(new UnitGroup(70, 0, 1).sumOfScores()).isEqualTo(Score.ZERO);
        }
    }

    @Nested
    class Figures_on_a_display_boundary {

        @Test
        void a_customer_at_exactly_250_thirds_with_1_percent_returned_has_a_composite_of_exactly_85() {
            // survey part 250/3 × 0.6 = 50, returns 1 % → 5, nothing lost 10, five praises 10, no claim 10
            CompositeInput period = aFlawlessHalfYear().withDelivered(1_000).withReturned(10);

            CompositeScore exact = scored(period.withMeanSurveyScore(meanOfStoredUnits(TWO_FIFTY_THIRDS)));
            CompositeScore rebuilt = scored(period.withMeanSurveyScore(storedTo8Decimals(TWO_FIFTY_THIRDS)));

            assertThat(exact.total()).contains(Score.of(85));
            assertThat(exact.verdict()).isEqualTo(Verdict.SATISFIED);
            assertThat(storedTo8Decimals(TWO_FIFTY_THIRDS)).isEqualTo(Score.of("83.33333333"));
            assertThat(rebuilt.total()).contains(Score.of("84.999999998"));
        }

        @Test
        void a_period_whose_exact_composite_is_76_point_25_shows_76_point_3() {
            // responses of 250/3 and 75/2: mean 725/12, survey part 36.25, composite 76.25
            CompositeScore exact = scored(aFlawlessHalfYear()
                    .withMeanSurveyScore(meanOfStoredUnits(TWO_FIFTY_THIRDS, THIRTY_SEVEN_AND_A_HALF)));
            CompositeScore rebuilt = scored(aFlawlessHalfYear().withSurveyScores(List.of(
                    storedTo8Decimals(TWO_FIFTY_THIRDS), storedTo8Decimals(THIRTY_SEVEN_AND_A_HALF))));

            assertThat(exact.total()).contains(Score.of("76.25"));
            assertThat(PeriodSummary.of(List.of(exact)).overallComposite().orElseThrow().display()).isEqualTo("76.3");
            assertThat(rebuilt.total()).contains(Score.of("76.249999999"));
            assertThat(rebuilt.total().orElseThrow().display()).isEqualTo("76.2");
        }

        @Test
        void a_customer_whose_exact_composite_is_84_point_95_is_satisfied() {
            // 89.5, 89.5 and 90.7 of 120 points: 895/12, 895/12 and 907/12; mean 899/12; composite 84.95
            SurveyScore low = SurveyScore.ofPoints(Score.of("89.5"), Score.of(120));
            SurveyScore high = SurveyScore.ofPoints(Score.of("90.7"), Score.of(120));

            CompositeScore exact = scored(aFlawlessHalfYear().withMeanSurveyScore(meanOfStoredUnits(low, low, high)));
            CompositeScore rebuilt = scored(aFlawlessHalfYear().withSurveyScores(List.of(
                    storedTo8Decimals(low), storedTo8Decimals(low), storedTo8Decimals(high))));

            assertThat(exact.total()).contains(Score.of("84.95"));
            assertThat(exact.total().orElseThrow().display()).isEqualTo("85.0");
            assertThat(exact.verdict()).isEqualTo(Verdict.SATISFIED);
            assertThat(rebuilt.total().orElseThrow().display()).isEqualTo("84.9");
            assertThat(rebuilt.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
            assertThat(exact.policy()).isEqualTo(FM40);
        }
    }

    @Nested
    class Properties {

        static Stream<List<SurveyScore>> responseSets() {
            return generate(random -> {
                List<SurveyScore> responses = new ArrayList<>();
                for (int i = random.nextInt(12); i > 0; i--) {
                    anyResponse(random).ifPresent(responses::add);
                }
                return responses;
            });
        }

        private static Optional<SurveyScore> anyResponse(Random random) {
            Scale[] scales = Scale.values();
            List<ScoredAnswer> answers = new ArrayList<>();
            // few distinct point totals, so that groups hold several responses
            for (int i = random.nextInt(4); i > 0; i--) {
                Scale scale = scales[random.nextInt(scales.length)];
                int value = scale.min() + random.nextInt(scale.max() - scale.min() + 1);
                answers.add(random.nextBoolean() ? new ScoredAnswer(scale, value, decimal(random, 20, false))
                        : ScoredAnswer.of(scale, value));
            }
            return SurveyScore.of(answers);
        }

        @ParameterizedTest
        @MethodSource("responseSets")
        void the_mean_from_groups_equals_the_exact_mean_of_the_scores(List<SurveyScore> responses) {
            Score expected = Score.mean(responses.stream().map(SurveyScore::value).toList()).orElse(null);

            assertThat(SurveyScores.mean(SurveyScores.group(responses)).orElse(null)).isEqualTo(expected);
            assertThat(SurveyScores.group(responses).stream().mapToLong(UnitGroup::responses).sum())
                    .isEqualTo(responses.size());
        }
    }
}
