package com.satisfaction.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.satisfaction.core.survey.Scale;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SurveyScoreTest {

    @Nested
    class One_answer {

        @ParameterizedTest(name = "LIKERT5 {0} earns {1} of 10 points")
        @CsvSource({"5, 10", "4, 8", "3, 6", "2, 4", "1, 2"})
        void likert_levels_earn_100_80_60_40_20_percent(int value, int earned) {
            ScoredAnswer answer = ScoredAnswer.of(Scale.LIKERT5, value);

            assertThat(answer.earned()).isEqualTo(Score.of(earned));
            assertThat(answer.possible()).isEqualTo(Score.of(10));
        }

        @Test
        void a_numeric_answer_earns_points_times_value_over_the_scale_maximum() {
            assertThat(new ScoredAnswer(Scale.ONE_TO_SEVEN, 5, new BigDecimal("14")).earned())
                    .isEqualTo(Score.of(10));
            assertThat(ScoredAnswer.of(Scale.ONE_TO_TEN, 7).earned()).isEqualTo(Score.of(7));
            assertThat(ScoredAnswer.of(Scale.ZERO_TO_TEN, 0).earned()).isEqualTo(Score.ZERO);
        }

        @Test
        void an_answer_off_its_scale_or_without_points_is_rejected() {
            assertThatIllegalArgumentException().isThrownBy(() -> ScoredAnswer.of(Scale.LIKERT5, 6))
                    .withMessage("value 6 is outside the scale LIKERT5 (allowed 1–5)");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new ScoredAnswer(Scale.LIKERT5, 5, BigDecimal.ZERO))
                    .withMessage("points 0 must be more than 0");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new ScoredAnswer(Scale.LIKERT5, 5, new BigDecimal("-1")));
        }
    }

    @Nested
    class Points_of_a_question {

        @Test
        void points_may_have_two_decimals_but_not_more() {
            assertThat(new ScoredAnswer(Scale.LIKERT5, 5, new BigDecimal("0.01")).possible())
                    .isEqualTo(Score.ratio(1, 100));
            assertThat(new ScoredAnswer(Scale.LIKERT5, 5, new BigDecimal("12.50")).possible())
                    .isEqualTo(Score.of("12.5"));
            assertThat(new ScoredAnswer(Scale.LIKERT5, 5, new BigDecimal("10.000")).possible())
                    .isEqualTo(Score.of(10));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new ScoredAnswer(Scale.LIKERT5, 5, new BigDecimal("0.125")))
                    .withMessage("points 0.125 have more than 2 decimals (allowed: a multiple of 0.01)");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new ScoredAnswer(Scale.ONE_TO_TEN, 5, new BigDecimal("10.001")));
        }
    }

    @Nested
    class Whole_units_of_1_7000_point {

        @Test
        void a_point_is_7000_units_and_a_hundredth_70() {
            assertThat(SurveyScore.UNITS_PER_POINT).isEqualTo(7000);
            assertThat(SurveyScore.UNITS_PER_HUNDREDTH).isEqualTo(70);
        }

        @Test
        void an_answer_earns_and_offers_whole_units() {
            ScoredAnswer good = ScoredAnswer.of(Scale.LIKERT5, 4);

            assertThat(good.possibleUnits()).isEqualTo(70_000);
            assertThat(good.earnedUnits()).isEqualTo(56_000);
            assertThat(new ScoredAnswer(Scale.ONE_TO_SEVEN, 5, new BigDecimal("0.01")).earnedUnits()).isEqualTo(50);
        }

        @ParameterizedTest(name = "a hundredth of a point on {0} earns {1} units per value step")
        @CsvSource({"LIKERT5, 14", "ONE_TO_FIVE, 14", "ONE_TO_SEVEN, 10", "ONE_TO_TEN, 7", "ZERO_TO_TEN, 7"})
        void every_value_on_every_scale_earns_whole_units(Scale scale, long unitsPerStep) {
            for (int value = scale.min(); value <= scale.max(); value++) {
                ScoredAnswer answer = new ScoredAnswer(scale, value, new BigDecimal("0.01"));

                assertThat(answer.earnedUnits()).isEqualTo(unitsPerStep * value);
                assertThat(answer.earned()).isEqualTo(Score.ratio(answer.earnedUnits(), 7000));
            }
        }

        @Test
        void no_larger_unit_would_do_since_14_10_and_7_units_share_no_factor() {
            // 0.01 point answered 1 earns 1/500, 1/700 and 1/1000 point on 1–5, 1–7 and 1–10: lcm 7000
            assertThat(new ScoredAnswer(Scale.ONE_TO_FIVE, 1, new BigDecimal("0.01")).earned())
                    .isEqualTo(Score.ratio(14, 7000));
            assertThat(new ScoredAnswer(Scale.ONE_TO_SEVEN, 1, new BigDecimal("0.01")).earned())
                    .isEqualTo(Score.ratio(10, 7000));
            assertThat(new ScoredAnswer(Scale.ONE_TO_TEN, 1, new BigDecimal("0.01")).earned())
                    .isEqualTo(Score.ratio(7, 7000));
        }

        @Test
        void a_response_keeps_its_sums_in_units_and_rebuilds_from_them() {
            SurveyScore score = SurveyScore.of(List.of(
                    ScoredAnswer.of(Scale.LIKERT5, 5), ScoredAnswer.of(Scale.ONE_TO_SEVEN, 5))).orElseThrow();

            assertThat(score.earnedUnits()).isEqualTo(70_000 + 50_000);
            assertThat(score.possibleUnits()).isEqualTo(140_000);
            assertThat(SurveyScore.ofUnits(score.earnedUnits(), score.possibleUnits())).isEqualTo(score);
            assertThat(score.value()).isEqualTo(Score.ratio(600, 7));
            assertThat(SurveyScore.ofPoints(Score.of(37), Score.of(50)))
                    .isEqualTo(SurveyScore.ofUnits(259_000, 350_000));
        }

        @Test
        void sums_that_are_not_whole_units_or_hundredths_are_rejected() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> SurveyScore.ofPoints(Score.ratio(1, 14_000), Score.of(10)))
                    .withMessage("points earned 1/14000 is not a whole number of units of 1/7000 point");
            assertThatIllegalArgumentException().isThrownBy(() -> SurveyScore.ofUnits(0, 7_001))
                    .withMessage("points possible 7001/7000 is not a whole number of hundredths of a point "
                            + "(7001 units of 1/7000)");
            assertThat(SurveyScore.ofUnits(1, 70).earned()).isEqualTo(Score.ratio(1, 7000));
        }
    }

    @Nested
    class One_response {

        @Test
        void the_score_is_100_times_points_earned_over_points_possible_across_scales() {
            // 10 + 8 (LIKERT5 5, 4) + 7 (7 on 1–10) + 20 × 3/5 = 12 (20 points, 3 on 1–5): 37 of 50 → 74
            List<ScoredAnswer> answers = List.of(
                    ScoredAnswer.of(Scale.LIKERT5, 5),
                    ScoredAnswer.of(Scale.LIKERT5, 4),
                    ScoredAnswer.of(Scale.ONE_TO_TEN, 7),
                    new ScoredAnswer(Scale.ONE_TO_FIVE, 3, new BigDecimal("20")));

            SurveyScore score = SurveyScore.of(answers).orElseThrow();

            assertThat(score.earned()).isEqualTo(Score.of(37));
            assertThat(score.possible()).isEqualTo(Score.of(50));
            assertThat(score.value()).isEqualTo(Score.of(74));
        }

        @Test
        void a_score_with_an_infinite_decimal_stays_exact() {
            SurveyScore score = SurveyScore.of(List.of(ScoredAnswer.of(Scale.ONE_TO_SEVEN, 5))).orElseThrow();

            assertThat(score.value()).isEqualTo(Score.ratio(500, 7));
            assertThat(score.value().display()).isEqualTo("71.4");
        }

        @Test
        void a_response_with_no_scored_answers_is_no_data() {
            assertThat(SurveyScore.of(List.of())).isEmpty();
        }

        @Test
        void impossible_sums_are_rejected() {
            assertThatIllegalArgumentException().isThrownBy(() -> SurveyScore.ofPoints(Score.ZERO, Score.ZERO))
                    .withMessage("points possible 0 must be more than 0");
            assertThatIllegalArgumentException().isThrownBy(() -> SurveyScore.ofPoints(Score.of(11), Score.of(10)))
                    .withMessage("points earned 11 is outside the allowed range 0–10");
            assertThatIllegalArgumentException().isThrownBy(() -> SurveyScore.ofPoints(Score.of(-1), Score.of(10)));
            assertThatIllegalArgumentException().isThrownBy(() -> SurveyScore.ofUnits(0, -70))
                    .withMessage("points possible -0.01 must be more than 0");
            assertThat(SurveyScore.ofPoints(Score.of(10), Score.of(10)).value()).isEqualTo(Score.HUNDRED);
            assertThat(SurveyScore.ofPoints(Score.ZERO, Score.of(10)).value()).isEqualTo(Score.ZERO);
        }
    }
}
