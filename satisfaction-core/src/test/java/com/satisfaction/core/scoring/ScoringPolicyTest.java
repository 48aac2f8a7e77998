package com.satisfaction.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.satisfaction.core.scoring.ScoringPolicy.ClaimRule;
import com.satisfaction.core.scoring.ScoringPolicy.LostBusinessRule;
import com.satisfaction.core.scoring.ScoringPolicy.PraiseRule;
import com.satisfaction.core.scoring.ScoringPolicy.ProductReturnRule;
import com.satisfaction.core.scoring.ScoringPolicy.SurveyRule;
import com.satisfaction.core.scoring.ScoringPolicy.Targets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ScoringPolicyTest {

    private static final ScoringPolicy FM40 = ScoringPolicy.fm40();

    @Nested
    class Fm40_defaults {

        @Test
        void the_parts_are_worth_60_10_10_10_10() {
            assertThat(List.of(CompositePart.values())).extracting(FM40::maxPoints)
                    .containsExactly(60, 10, 10, 10, 10);
        }

        @Test
        void satisfied_from_85_very_satisfied_from_95_top_20_percent_high_value() {
            assertThat(FM40.satisfiedFrom()).isEqualTo(Score.of(85));
            assertThat(FM40.verySatisfiedFrom()).isEqualTo(Score.of(95));
            assertThat(FM40.highValuePercentage()).isEqualTo(Score.of(20));
            assertThat(FM40.survey().reviewBelow()).isEqualTo(Score.of(45));
        }

        @Test
        void a_changed_threshold_gives_a_new_policy_and_leaves_the_old_one() {
            ScoringPolicy changed = FM40.withSatisfiedFrom(Score.of(80));

            assertThat(changed.satisfiedFrom()).isEqualTo(Score.of(80));
            assertThat(FM40.satisfiedFrom()).isEqualTo(Score.of(85));
            assertThat(changed.survey()).isEqualTo(FM40.survey());
            assertThat(changed.verySatisfiedFrom()).isEqualTo(FM40.verySatisfiedFrom());
        }
    }

    @Nested
    class An_administrator_changing_the_policy {

        @Test
        void may_move_points_between_parts_while_they_add_up_to_100() {
            ScoringPolicy policy = new ScoringPolicy(new SurveyRule(50, Score.of(40)), FM40.productReturns(),
                    FM40.lostBusiness(), new PraiseRule(4, 20), FM40.claims(), Score.of(85), Score.of(95),
                    Score.of(20));

            assertThat(policy.maxPoints(CompositePart.PRAISE)).isEqualTo(20);
            assertThat(policy.praise().points(3)).isEqualTo(12);
        }

        @Test
        void cannot_make_the_parts_add_up_to_other_than_100() {
            assertThatIllegalArgumentException().isThrownBy(() -> new ScoringPolicy(new SurveyRule(70, Score.of(45)),
                            FM40.productReturns(), FM40.lostBusiness(), FM40.praise(), FM40.claims(), Score.of(85),
                            Score.of(95), Score.of(20)))
                    .withMessage("the part maxima add up to 110 (allowed: exactly 100)");
        }

        @Test
        void cannot_set_thresholds_out_of_order_or_range() {
            assertThatIllegalArgumentException().isThrownBy(() -> FM40.withSatisfiedFrom(Score.of(96)))
                    .withMessage("very satisfied from 95 is outside the allowed range 96–100");
            assertThatIllegalArgumentException().isThrownBy(() -> FM40.withSatisfiedFrom(Score.of(-1)))
                    .withMessage("satisfied from -1 is outside the allowed range 0–100");
            assertThat(FM40.withSatisfiedFrom(Score.of(95)).satisfiedFrom()).isEqualTo(Score.of(95));
        }

        @Test
        void cannot_set_a_threshold_with_more_decimals_than_a_figure_shows() {
            assertThatIllegalArgumentException().isThrownBy(() -> FM40.withSatisfiedFrom(Score.of("84.95")))
                    .withMessage("satisfied from 84.95 has more decimals than a figure shows (allowed: at most 1 "
                            + "decimal, since verdicts compare the figure as shown)");
            assertThatIllegalArgumentException().isThrownBy(() -> new ScoringPolicy(FM40.survey(),
                            FM40.productReturns(), FM40.lostBusiness(), FM40.praise(), FM40.claims(), Score.of(85),
                            Score.ratio(287, 3), Score.of(20)))
                    .withMessageStartingWith("very satisfied from 287/3 has more decimals");
            assertThatIllegalArgumentException().isThrownBy(() -> new SurveyRule(60, Score.of("44.95")))
                    .withMessageStartingWith("survey review threshold 44.95 has more decimals");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new ProductReturnRule(Score.of("0.95"), Score.of(2), 10, 5, 0))
                    .withMessageStartingWith("product return rate for full points 0.95 has more decimals");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new ProductReturnRule(Score.of(1), Score.of("2.05"), 10, 5, 0))
                    .withMessageStartingWith("product return rate for partial points 2.05 has more decimals");
            assertThat(FM40.withSatisfiedFrom(Score.of("84.9")).satisfiedFrom()).isEqualTo(Score.of("84.9"));
        }

        @Test
        void a_threshold_of_one_decimal_is_compared_with_the_figure_as_shown() {
            ScoringPolicy policy = FM40.withSatisfiedFrom(Score.of("84.9"));

            assertThat(policy.verdictOf(Score.of("84.85"))).isEqualTo(Verdict.SATISFIED);
            assertThat(policy.verdictOf(Score.of("84.84"))).isEqualTo(Verdict.NOT_SATISFIED);
        }

        @Test
        void cannot_set_a_high_value_share_of_zero_or_above_100() {
            for (Score share : List.of(Score.ZERO, Score.of(101))) {
                assertThatIllegalArgumentException().isThrownBy(() -> new ScoringPolicy(FM40.survey(),
                                FM40.productReturns(), FM40.lostBusiness(), FM40.praise(), FM40.claims(), Score.of(85),
                                Score.of(95), share))
                        .withMessageContaining("high-value percentage " + share);
            }
            assertThat(new ScoringPolicy(FM40.survey(), FM40.productReturns(), FM40.lostBusiness(), FM40.praise(),
                    FM40.claims(), Score.of(85), Score.of(95), Score.HUNDRED).highValuePercentage())
                    .isEqualTo(Score.HUNDRED);
        }
    }

    @Nested
    class Rules {

        @Test
        void survey_rule_rejects_a_review_threshold_above_its_maximum_and_scores_outside_0_to_100() {
            assertThatIllegalArgumentException().isThrownBy(() -> new SurveyRule(60, Score.of(61)))
                    .withMessage("survey review threshold 61 is outside the allowed range 0–60");
            assertThatIllegalArgumentException().isThrownBy(() -> new SurveyRule(101, Score.of(1)));
            assertThatIllegalArgumentException().isThrownBy(() -> FM40.survey().points(Score.of(-1)));
            assertThat(FM40.survey().points(Score.HUNDRED)).isEqualTo(Score.of(60));
        }

        @Test
        void product_return_rule_bands_must_not_overlap_and_points_must_fall_with_the_rate() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new ProductReturnRule(Score.of(2), Score.of(1), 10, 5, 0))
                    .withMessage("product return rate for partial points 1 is outside the allowed range 2–100");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new ProductReturnRule(Score.of(1), Score.of(2), 10, 11, 0))
                    .withMessage("product return partial points 11 is outside the allowed range 0–10");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new ProductReturnRule(Score.of(1), Score.of(2), 10, 5, 6));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new ProductReturnRule(Score.of(-1), Score.of(2), 10, 5, 0));
            assertThat(new ProductReturnRule(Score.of(1), Score.of(2), 10, 5, 3).points(new ProductReturnRate(100, 3)))
                    .isEqualTo(3);
        }

        @Test
        void lost_business_points_must_not_rise_with_more_losses() {
            assertThatIllegalArgumentException().isThrownBy(() -> new LostBusinessRule(List.of(10, 8, 9)))
                    .withMessage("lost-business points 9 is outside the allowed range 0–8");
            assertThatIllegalArgumentException().isThrownBy(() -> new LostBusinessRule(List.of()))
                    .withMessageContaining("empty");
            assertThatIllegalArgumentException().isThrownBy(() -> new LostBusinessRule(List.of(10, -1)));
            assertThat(new LostBusinessRule(List.of(10)).points(7)).isEqualTo(10);
        }

        @Test
        void the_verdict_of_a_composite_outside_0_to_100_is_rejected() {
            assertThatIllegalArgumentException().isThrownBy(() -> FM40.verdictOf(Score.of(101)))
                    .withMessage("composite 101 is outside the allowed range 0–100");
            assertThatIllegalArgumentException().isThrownBy(() -> FM40.verdictOf(Score.of("-0.1")));
            assertThat(FM40.verdictOf(Score.HUNDRED)).isEqualTo(Verdict.SATISFIED);
            assertThat(FM40.verdictOf(Score.ZERO)).isEqualTo(Verdict.NOT_SATISFIED);
        }

        @Test
        void the_survey_rule_calls_for_a_review_on_the_part_as_shown() {
            assertThat(FM40.survey().callsForReview(Score.of("44.95"))).isFalse();
            assertThat(FM40.survey().callsForReview(Score.of("44.94"))).isTrue();
            assertThat(FM40.survey().callsForReview(Score.of(45))).isFalse();
        }

        @Test
        void every_rule_rejects_a_negative_count_naming_it() {
            assertThatIllegalArgumentException().isThrownBy(() -> FM40.lostBusiness().points(-1))
                    .withMessage("lost business -1 is negative (allowed 0 or more)");
            assertThatIllegalArgumentException().isThrownBy(() -> FM40.praise().points(-1))
                    .withMessage("praises -1 is negative (allowed 0 or more)");
            assertThatIllegalArgumentException().isThrownBy(() -> FM40.claims().points(-1))
                    .withMessage("claims -1 is negative (allowed 0 or more)");
        }

        @Test
        void no_part_may_be_worth_more_than_100() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new ProductReturnRule(Score.of(1), Score.of(2), 101, 5, 0))
                    .withMessage("product return full points 101 is outside the allowed range 0–100");
            assertThatIllegalArgumentException().isThrownBy(() -> new PraiseRule(2, 101))
                    .withMessage("praise max points 101 is outside the allowed range 0–100");
        }

        @Test
        void lost_business_rule_keeps_its_own_copy_of_the_points() {
            List<Integer> points = new ArrayList<>(List.of(10, 8, 6, 0));
            LostBusinessRule rule = new LostBusinessRule(points);
            points.set(1, 0);

            assertThat(rule.points(1)).isEqualTo(8);
        }

        @Test
        void praise_rule_caps_at_its_maximum_even_for_huge_counts() {
            assertThat(FM40.praise().points(Integer.MAX_VALUE)).isEqualTo(10);
            assertThatIllegalArgumentException().isThrownBy(() -> new PraiseRule(11, 10))
                    .withMessage("points per praise 11 is outside the allowed range 0–10");
        }

        @Test
        void claim_rule_cannot_reward_claims() {
            assertThatIllegalArgumentException().isThrownBy(() -> new ClaimRule(10, 11))
                    .withMessage("points with claims 11 is outside the allowed range 0–10");
            assertThatIllegalArgumentException().isThrownBy(() -> new ClaimRule(101, 0));
            assertThat(new ClaimRule(10, 4).points(2)).isEqualTo(4);
        }
    }

    @Nested
    class Targets_and_minimum_sample {

        @Test
        void fm40_aims_at_85_percent_satisfied_70_percent_answered_and_shows_figures_from_5() {
            assertThat(FM40.targets()).isEqualTo(new Targets(Score.of(85), Score.of(70), 5));
            assertThat(FM40.targets().responseRate()).isEqualTo(ResponseRate.DEFAULT_TARGET);
        }

        @Test
        void a_policy_made_without_targets_gets_the_default_ones_and_keeps_them_when_changed() {
            ScoringPolicy policy = new ScoringPolicy(FM40.survey(), FM40.productReturns(), FM40.lostBusiness(),
                    FM40.praise(), FM40.claims(), Score.of(85), Score.of(95), Score.of(20));

            assertThat(policy).isEqualTo(FM40);
            Targets strict = new Targets(Score.of(90), Score.of("75.5"), 10);
            ScoringPolicy changed = FM40.withTargets(strict);
            assertThat(changed.targets()).isEqualTo(strict);
            assertThat(changed.withSatisfiedFrom(Score.of(80)).targets()).isEqualTo(strict);
            assertThat(FM40.targets()).isEqualTo(Targets.fm40());
        }

        @Test
        void the_satisfaction_rate_target_is_met_on_the_rate_as_shown() {
            assertThat(FM40.targets().satisfactionRateMet(Score.of("84.95"))).isTrue();
            assertThat(FM40.targets().satisfactionRateMet(Score.of("84.94"))).isFalse();
            assertThat(FM40.targets().satisfactionRateMet(Score.HUNDRED)).isTrue();
        }

        @Test
        void a_figure_needs_the_minimum_sample() {
            assertThat(FM40.targets().enoughSample(4)).isFalse();
            assertThat(FM40.targets().enoughSample(5)).isTrue();
        }

        @Test
        void targets_lie_in_0_to_100_with_one_decimal_and_the_sample_in_1_to_10000() {
            assertThatIllegalArgumentException().isThrownBy(() -> new Targets(Score.of(101), Score.of(70), 5))
                    .withMessage("satisfaction-rate target 101 is outside the allowed range 0–100");
            assertThatIllegalArgumentException().isThrownBy(() -> new Targets(Score.of("84.95"), Score.of(70), 5))
                    .withMessageStartingWith("satisfaction-rate target 84.95 has more decimals");
            assertThatIllegalArgumentException().isThrownBy(() -> new Targets(Score.of(85), Score.of(-1), 5))
                    .withMessage("response-rate target -1 is outside the allowed range 0–100");
            assertThatIllegalArgumentException().isThrownBy(() -> new Targets(Score.of(85), Score.of("69.95"), 5))
                    .withMessageStartingWith("response-rate target 69.95 has more decimals");
            assertThatIllegalArgumentException().isThrownBy(() -> new Targets(Score.of(85), Score.of(70), 0))
                    .withMessage("minimum sample 0 is outside the allowed range 1–10000");
            assertThatIllegalArgumentException().isThrownBy(() -> new Targets(Score.of(85), Score.of(70), 10_001));
            assertThat(new Targets(Score.ZERO, Score.HUNDRED, 1).minimumSample()).isEqualTo(1);
        }
    }
}
