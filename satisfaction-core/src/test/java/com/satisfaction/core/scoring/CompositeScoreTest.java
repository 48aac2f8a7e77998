package com.satisfaction.core.scoring;

import static com.satisfaction.core.scoring.CompositeFixture.FM40;
import static com.satisfaction.core.scoring.CompositeFixture.aFlawlessHalfYear;
import static com.satisfaction.core.scoring.CompositeFixture.aHalfYearWithComposite;
import static com.satisfaction.core.scoring.CompositeFixture.aHalfYearWithSurveyPart;
import static com.satisfaction.core.scoring.CompositeFixture.aHalfYearWithSurveyScore;
import static com.satisfaction.core.scoring.CompositeFixture.scored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.satisfaction.core.survey.Scale;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompositeScoreTest {

    @Nested
    class Worked_fm40_example {

        /*
         * A customer with a deduction in every part, worked by hand:
         *   response 1: five LIKERT5 questions of 10 points answered 5, 4, 4, 3, 4
         *               → 10 + 8 + 8 + 6 + 8 = 40 of 50 → survey score 80
         *   response 2: two 1–10 questions of 10 points answered 7, 7 → 7 + 7 = 14 of 20 → 70
         *   survey part     = mean(80, 70) × 60 % = 75 × 0.6         = 45  (not below 45: no survey flag)
         *   product returns = 30 of 2 000 = 1.5 %, 1 % ≤ 1.5 % ≤ 2 %   =  5
         *   lost            = 1 customer lost                           =  8
         *   praise          = 3 praises × 2                             =  6
         *   claims          = 1 claim                                   =  0
         *   composite       = 45 + 5 + 8 + 6 + 0                        = 64 → not satisfied (< 85),
         *   deductions in product returns, lost, praise, claims → management review meeting.
         */
        @Test
        void a_customer_with_deductions_in_every_part_scores_64_and_calls_a_management_review() {
            Score first = SurveyScore.of(List.of(
                    ScoredAnswer.of(Scale.LIKERT5, 5), ScoredAnswer.of(Scale.LIKERT5, 4),
                    ScoredAnswer.of(Scale.LIKERT5, 4), ScoredAnswer.of(Scale.LIKERT5, 3),
                    ScoredAnswer.of(Scale.LIKERT5, 4))).orElseThrow().value();
            Score second = SurveyScore.of(List.of(
                    ScoredAnswer.of(Scale.ONE_TO_TEN, 7), ScoredAnswer.of(Scale.ONE_TO_TEN, 7)))
                    .orElseThrow().value();
            CompositeInput input = CompositeInput.nothingRecorded()
                    .withSurveyScores(List.of(first, second))
                    .withDelivered(2_000).withReturned(30)
                    .withLostBusinesses(1)
                    .withPraises(3)
                    .withClaims(1);

            CompositeScore composite = scored(input);

            assertThat(first).isEqualTo(Score.of(80));
            assertThat(second).isEqualTo(Score.of(70));
            assertThat(composite.parts()).extracting(part -> part.points().orElseThrow())
                    .containsExactly(Score.of(45), Score.of(5), Score.of(8), Score.of(6), Score.ZERO);
            assertThat(composite.total()).contains(Score.of(64));
            assertThat(composite.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
            assertThat(composite.deductions()).containsExactly(CompositePart.PRODUCT_RETURNS,
                    CompositePart.LOST_BUSINESS, CompositePart.PRAISE, CompositePart.CLAIMS);
            assertThat(composite.reviewFlags()).containsExactly(ReviewFlag.MANAGEMENT_REVIEW_MEETING);
            assertThat(composite.missingParts()).isEmpty();
            assertThat(composite.policy()).isEqualTo(FM40);
        }

        @Test
        void a_flawless_half_year_scores_100_with_no_flag() {
            CompositeScore composite = scored(aFlawlessHalfYear());

            assertThat(composite.total()).contains(Score.HUNDRED);
            assertThat(composite.verdict()).isEqualTo(Verdict.SATISFIED);
            assertThat(composite.reviewFlags()).isEmpty();
            assertThat(composite.deductions()).isEmpty();
        }
    }

    @Nested
    class Survey_part {

        @Test
        void the_survey_part_is_the_mean_survey_score_times_60_percent() {
            CompositeScore composite = scored(aFlawlessHalfYear()
                    .withSurveyScores(List.of(Score.of(90), Score.of(95), Score.of(100))));

            assertThat(composite.survey().points()).contains(Score.of(57));
        }

        @Test
        void a_survey_part_of_exactly_45_raises_no_survey_flag() {
            CompositeScore composite = scored(aHalfYearWithSurveyScore(Score.of(75)));

            assertThat(composite.survey().points()).contains(Score.of(45));
            assertThat(composite.reviewFlags()).doesNotContain(ReviewFlag.REVIEW_SURVEY_ITEMS);
        }

        @Test
        void a_survey_part_of_44_point_9_calls_for_a_review_of_the_survey_items() {
            CompositeScore composite = scored(aHalfYearWithSurveyScore(Score.ratio(449, 6)));

            assertThat(composite.survey().points()).contains(Score.of("44.9"));
            assertThat(composite.reviewFlags()).containsExactly(ReviewFlag.REVIEW_SURVEY_ITEMS);
        }

        @ParameterizedTest(name = "a survey part of {0} shows {1}: review the survey items = {2}")
        @CsvSource({
                "44.96, 45.0, false",
                "44.95, 45.0, false",
                "44.94999999, 44.9, true",
                "44.94, 44.9, true"})
        void the_survey_flag_is_read_on_the_survey_part_as_shown(String part, String shown, boolean flagged) {
            CompositeScore composite = scored(aHalfYearWithSurveyPart(Score.of(part)));

            assertThat(composite.survey().points()).contains(Score.of(part));
            assertThat(composite.survey().points().orElseThrow().display()).isEqualTo(shown);
            assertThat(composite.reviewFlags().contains(ReviewFlag.REVIEW_SURVEY_ITEMS)).isEqualTo(flagged);
        }

        @Test
        void a_survey_part_shown_as_its_maximum_has_no_deduction() {
            assertThat(scored(aHalfYearWithSurveyPart(Score.of("59.95"))).survey().hasDeduction()).isFalse();
            assertThat(scored(aHalfYearWithSurveyPart(Score.of("59.94"))).survey().hasDeduction()).isTrue();
        }

        @Test
        void a_customer_without_responses_has_no_survey_data_and_no_survey_flag() {
            CompositeScore composite = scored(aFlawlessHalfYear().withSurveyScores(List.of()));

            assertThat(composite.survey()).isEqualTo(new PartScore.NoData(CompositePart.SURVEY, Score.of(60)));
            assertThat(composite.reviewFlags()).isEmpty();
        }

        @Test
        void a_survey_score_outside_0_to_100_is_rejected() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> aFlawlessHalfYear().withSurveyScores(List.of(Score.of(101))))
                    .withMessage("survey score 101 is outside the allowed range 0–100");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> aFlawlessHalfYear().withSurveyScores(List.of(Score.of(101), Score.ZERO)))
                    .withMessage("survey score 101 is outside the allowed range 0–100");
        }
    }

    @Nested
    class Product_return_part {

        @ParameterizedTest(name = "{1} returned of 1000 ({1}‰) gives {2} points")
        @CsvSource({
                "1000, 0, 10",
                "1000, 9, 10",
                "1000, 10, 5",
                "1000, 20, 5",
                "1000, 21, 0",
                "1000, 25, 0",
                "1000, 30, 0"})
        void product_return_rate_below_1_percent_earns_10_up_to_2_percent_5_and_above_nothing(
                long delivered, long returned, int points) {
            CompositeScore composite = scored(aFlawlessHalfYear().withDelivered(delivered).withReturned(returned));

            assertThat(composite.productReturns().points()).contains(Score.of(points));
        }

        @Test
        void the_quantities_are_named_so_swapping_them_reads_wrong() {
            CompositeInput input = aFlawlessHalfYear().withReturned(30).withDelivered(2_000);

            assertThat(input.productReturnRate().orElseThrow().percentage()).isEqualTo(Score.of("1.5"));
            assertThat(scored(input).productReturns().points()).contains(Score.of(5));
        }

        @ParameterizedTest(name = "{1} returned of {0} shows {2} % and gives {3} points")
        @CsvSource({
                "5000, 47, 0.9, 10",
                "200000, 1989, 1.0, 5",
                "2000, 19, 1.0, 5",
                "2500, 51, 2.0, 5",
                "200000, 4009, 2.0, 5",
                "2000, 41, 2.1, 0"})
        void the_return_bands_are_read_on_the_rate_as_shown(long delivered, long returned, String shown,
                                                            int points) {
            CompositeScore composite = scored(aFlawlessHalfYear().withDelivered(delivered).withReturned(returned));

            assertThat(new ProductReturnRate(delivered, returned).percentage().display()).isEqualTo(shown);
            assertThat(composite.productReturns().points()).contains(Score.of(points));
        }

        @Test
        void a_customer_with_no_deliveries_has_a_missing_product_return_part_not_10_points() {
            CompositeScore composite = scored(aFlawlessHalfYear().withDelivered(0));

            assertThat(composite.productReturns().points()).isEmpty();
            assertThat(composite.productReturns().hasDeduction()).isFalse();
            assertThat(composite.missingParts()).containsExactly(CompositePart.PRODUCT_RETURNS);
            assertThat(composite.total()).isEmpty();
            assertThat(composite.verdict()).isEqualTo(Verdict.NO_DATA);
            assertThat(composite.reviewFlags()).isEmpty();
        }

        @Test
        void a_customer_with_no_deliveries_but_goods_returned_has_a_missing_product_return_part() {
            CompositeScore composite = scored(aFlawlessHalfYear().withDelivered(0).withReturned(7));

            assertThat(composite.productReturns().points()).isEmpty();
            assertThat(composite.missingParts()).containsExactly(CompositePart.PRODUCT_RETURNS);
            assertThat(composite.verdict()).isEqualTo(Verdict.NO_DATA);
        }

        @Test
        void returning_more_than_was_delivered_is_a_rate_above_100_percent_and_earns_nothing() {
            CompositeScore composite = scored(aFlawlessHalfYear().withDelivered(10).withReturned(11));

            assertThat(composite.productReturns().points()).contains(Score.ZERO);
            assertThat(composite.deductions()).containsExactly(CompositePart.PRODUCT_RETURNS);
        }

        @Test
        void a_negative_quantity_is_rejected() {
            assertThatIllegalArgumentException().isThrownBy(() -> aFlawlessHalfYear().withReturned(-1))
                    .withMessage("quantity returned -1 is negative (allowed 0 or more)");
            assertThatIllegalArgumentException().isThrownBy(() -> aFlawlessHalfYear().withDelivered(-10))
                    .withMessage("quantity delivered -10 is negative (allowed 0 or more)");
        }
    }

    @Nested
    class Lost_business_part {

        @ParameterizedTest(name = "{0} lost gives {1} points")
        @CsvSource({"0, 10", "1, 8", "2, 6", "3, 0", "4, 0"})
        void each_loss_costs_2_points_and_3_or_more_cost_all_10(int lost, int points) {
            assertThat(scored(aFlawlessHalfYear().withLostBusinesses(lost)).lostBusiness().points())
                    .contains(Score.of(points));
        }

        @Test
        void one_loss_calls_a_management_review() {
            CompositeScore composite = scored(aFlawlessHalfYear().withLostBusinesses(1));

            assertThat(composite.deductions()).containsExactly(CompositePart.LOST_BUSINESS);
            assertThat(composite.reviewFlags()).containsExactly(ReviewFlag.MANAGEMENT_REVIEW_MEETING);
        }

        @Test
        void a_negative_count_is_rejected() {
            assertThatIllegalArgumentException().isThrownBy(() -> aFlawlessHalfYear().withLostBusinesses(-1))
                    .withMessage("lost business -1 is negative (allowed 0 or more)");
        }
    }

    @Nested
    class Praise_part {

        @ParameterizedTest(name = "{0} praises give {1} points")
        @CsvSource({"0, 0", "1, 2", "5, 10", "6, 10"})
        void each_praise_earns_2_points_up_to_10(int praises, int points) {
            assertThat(scored(aFlawlessHalfYear().withPraises(praises)).praise().points())
                    .contains(Score.of(points));
        }

        @Test
        void a_half_year_without_praise_calls_a_management_review() {
            assertThat(scored(aFlawlessHalfYear().withPraises(0)).reviewFlags())
                    .containsExactly(ReviewFlag.MANAGEMENT_REVIEW_MEETING);
        }

        @Test
        void a_negative_count_is_rejected() {
            assertThatIllegalArgumentException().isThrownBy(() -> aFlawlessHalfYear().withPraises(-1))
                    .withMessage("praises -1 is negative (allowed 0 or more)");
        }
    }

    @Nested
    class Claims_part {

        @Test
        void a_customer_with_no_claim_gets_all_10_claim_points() {
            assertThat(scored(aFlawlessHalfYear().withClaims(0)).claims().points()).contains(Score.of(10));
        }

        @Test
        void a_customer_with_one_claim_gets_zero_claim_points() {
            CompositeScore composite = scored(aFlawlessHalfYear().withClaims(1));

            assertThat(composite.claims().points()).contains(Score.ZERO);
            assertThat(composite.total()).contains(Score.of(90));
            assertThat(composite.reviewFlags()).containsExactly(ReviewFlag.MANAGEMENT_REVIEW_MEETING);
        }

        @Test
        void several_claims_cost_no_more_than_one() {
            assertThat(scored(aFlawlessHalfYear().withClaims(3)).claims().points()).contains(Score.ZERO);
        }

        @Test
        void a_negative_count_is_rejected() {
            assertThatIllegalArgumentException().isThrownBy(() -> aFlawlessHalfYear().withClaims(-2))
                    .withMessage("claims -2 is negative (allowed 0 or more)");
        }
    }

    @Nested
    class Verdict_and_missing_data {

        @Test
        void a_composite_of_exactly_85_is_satisfied() {
            CompositeScore composite = scored(aHalfYearWithSurveyScore(Score.of(75)));

            assertThat(composite.total()).contains(Score.of(85));
            assertThat(composite.verdict()).isEqualTo(Verdict.SATISFIED);
        }

        @Test
        void a_composite_of_84_point_9_is_not_satisfied() {
            CompositeScore composite = scored(aHalfYearWithSurveyScore(Score.ratio(449, 6)));

            assertThat(composite.total()).contains(Score.of("84.9"));
            assertThat(composite.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
        }

        @ParameterizedTest(name = "a composite of {0} shows {1} and is {2}")
        @CsvSource({
                "85, 85.0, SATISFIED",
                "84.96, 85.0, SATISFIED",
                "84.95, 85.0, SATISFIED",
                "84.94999999, 84.9, NOT_SATISFIED",
                "84.94, 84.9, NOT_SATISFIED"})
        void the_verdict_is_read_on_the_composite_as_shown(String exact, String shown, Verdict verdict) {
            CompositeScore composite = scored(aHalfYearWithComposite(Score.of(exact)));

            assertThat(composite.total()).contains(Score.of(exact));
            assertThat(composite.total().orElseThrow().display()).isEqualTo(shown);
            assertThat(composite.verdict()).isEqualTo(verdict);
        }

        @Test
        void a_closed_period_keeps_the_verdict_of_its_own_policy() {
            CompositeScore underFm40 = scored(aHalfYearWithSurveyScore(Score.of(75)));
            ScoringPolicy stricter = FM40.withSatisfiedFrom(Score.of(90));

            assertThat(underFm40.verdict()).isEqualTo(Verdict.SATISFIED);
            assertThat(CompositeScore.of(aHalfYearWithSurveyScore(Score.of(75)), stricter).verdict())
                    .isEqualTo(Verdict.NOT_SATISFIED);
        }

        @Test
        void with_nothing_recorded_only_the_survey_and_product_return_parts_are_missing() {
            CompositeScore composite = scored(CompositeInput.nothingRecorded());

            assertThat(composite.missingParts()).containsExactly(CompositePart.SURVEY, CompositePart.PRODUCT_RETURNS);
            assertThat(composite.survey().hasDeduction()).isFalse();
            assertThat(composite.productReturns().hasDeduction()).isFalse();
            assertThat(composite.verdict()).isEqualTo(Verdict.NO_DATA);
        }

        @Test
        void a_clean_record_is_nothing_lost_no_praise_and_no_claim_not_missing_data() {
            // SPEC 4.6: no lost-business, praise or claim record in the period is 0 of each: 10, 0 and 10 points
            CompositeScore composite = scored(CompositeInput.nothingRecorded()
                    .withSurveyScores(List.of(Score.HUNDRED)).withDelivered(1_000));

            assertThat(composite.lostBusiness().points()).contains(Score.of(10));
            assertThat(composite.praise().points()).contains(Score.ZERO);
            assertThat(composite.claims().points()).contains(Score.of(10));
            assertThat(composite.missingParts()).isEmpty();
            assertThat(composite.total()).contains(Score.of(90));
            assertThat(composite.verdict()).isEqualTo(Verdict.SATISFIED);
            assertThat(composite.deductions()).containsExactly(CompositePart.PRAISE);
            assertThat(composite.reviewFlags()).containsExactly(ReviewFlag.MANAGEMENT_REVIEW_MEETING);
        }

        @Test
        void the_survey_part_can_come_from_a_mean_computed_elsewhere() {
            CompositeInput fromScores = aFlawlessHalfYear().withSurveyScores(List.of(Score.of(80), Score.of(70)));
            CompositeInput fromMean = aFlawlessHalfYear().withMeanSurveyScore(Score.of(75));

            assertThat(fromMean).isEqualTo(fromScores);
            assertThat(fromMean.surveyScore()).contains(Score.of(75));
            assertThat(scored(fromMean).survey().points()).contains(Score.of(45));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> aFlawlessHalfYear().withMeanSurveyScore(Score.of(101)))
                    .withMessage("survey score 101 is outside the allowed range 0–100");
        }

        @Test
        void a_missing_part_still_lets_the_others_raise_their_flags() {
            CompositeScore composite = scored(aFlawlessHalfYear().withDelivered(0).withClaims(1));

            assertThat(composite.total()).isEmpty();
            assertThat(composite.reviewFlags()).containsExactly(ReviewFlag.MANAGEMENT_REVIEW_MEETING);
        }
    }

    @Nested
    class Construction_from_parts {

        private final PartScore fullSurvey = new PartScore.Points(CompositePart.SURVEY, Score.of(60), Score.of(60));

        @Test
        void a_part_in_the_wrong_place_is_rejected() {
            CompositeScore valid = scored(aFlawlessHalfYear());

            assertThatIllegalArgumentException().isThrownBy(() -> new CompositeScore(valid.productReturns(),
                            valid.productReturns(), valid.lostBusiness(), valid.praise(), valid.claims(), FM40))
                    .withMessage("part PRODUCT_RETURNS given where SURVEY belongs");
        }

        @Test
        void every_part_must_sit_in_its_own_place() {
            CompositeScore valid = scored(aFlawlessHalfYear());
            PartScore survey = valid.survey();

            assertThatIllegalArgumentException().isThrownBy(() -> new CompositeScore(survey, survey,
                            valid.lostBusiness(), valid.praise(), valid.claims(), FM40))
                    .withMessage("part SURVEY given where PRODUCT_RETURNS belongs");
            assertThatIllegalArgumentException().isThrownBy(() -> new CompositeScore(survey, valid.productReturns(),
                            survey, valid.praise(), valid.claims(), FM40))
                    .withMessage("part SURVEY given where LOST_BUSINESS belongs");
            assertThatIllegalArgumentException().isThrownBy(() -> new CompositeScore(survey, valid.productReturns(),
                            valid.lostBusiness(), survey, valid.claims(), FM40))
                    .withMessage("part SURVEY given where PRAISE belongs");
            assertThatIllegalArgumentException().isThrownBy(() -> new CompositeScore(survey, valid.productReturns(),
                            valid.lostBusiness(), valid.praise(), survey, FM40))
                    .withMessage("part SURVEY given where CLAIMS belongs");
        }

        @Test
        void a_part_whose_maximum_differs_from_the_policy_is_rejected() {
            CompositeScore valid = scored(aFlawlessHalfYear());
            PartScore claimsOutOf20 = new PartScore.Points(CompositePart.CLAIMS, Score.of(20), Score.of(20));

            assertThatIllegalArgumentException().isThrownBy(() -> new CompositeScore(fullSurvey, valid.productReturns(),
                            valid.lostBusiness(), valid.praise(), claimsOutOf20, FM40))
                    .withMessage("maximum 20 of CLAIMS differs from the policy's 10");
        }

        @Test
        void points_above_the_maximum_are_rejected() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new PartScore.Points(CompositePart.PRAISE, Score.of(11), Score.of(10)))
                    .withMessage("points of PRAISE 11 is outside the allowed range 0–10");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new PartScore.Points(CompositePart.PRAISE, Score.ZERO, Score.of(101)))
                    .withMessage("maximum of PRAISE 101 is outside the allowed range 0–100");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new PartScore.NoData(CompositePart.PRAISE, Score.of(-1)));
        }

        @Test
        void the_operational_parts_are_all_but_the_survey() {
            assertThat(CompositePart.SURVEY.isOperational()).isFalse();
            assertThat(CompositePart.CLAIMS.isOperational()).isTrue();
        }
    }
}
