package com.satisfaction.core.expectation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.satisfaction.core.scoring.Score;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ExpectationModelTest {

    /** Price weighs 0.5, brand 0.3, fit 0.2 (the seed's clothes shop, 篇4). */
    private static final ExpectationModel SHOP = ExpectationModel.of(List.of(
            new Indicator("price", new BigDecimal("5")),
            new Indicator("brand", new BigDecimal("3")),
            new Indicator("fit", new BigDecimal("2"))));

    @Nested
    class One_person {

        @Test
        void s_is_the_weighted_sum_of_received_over_expected() {
            // 0.5 × 8/8 + 0.3 × 6/10 + 0.2 × 10/5 = 0.5 + 0.18 + 0.4 = 1.08
            Satisfaction result = SHOP.individual(List.of(
                    ExpectationPair.of(8, 8), ExpectationPair.of(10, 6), ExpectationPair.of(5, 10)));

            assertThat(result.value()).isEqualTo(Score.of("1.08"));
            assertThat(result.reading()).isEqualTo(Reading.DELIGHTED);
            assertThat(result.memberValues()).containsExactly(Score.of("1.08"));
        }

        @Test
        void the_dashboard_gets_each_indicators_weight_and_gap() {
            Satisfaction result = SHOP.individual(List.of(
                    ExpectationPair.of(8, 8), ExpectationPair.of(10, 6), ExpectationPair.of(5, 10)));

            assertThat(result.gaps()).containsExactly(
                    new IndicatorGap("price", Score.ratio(1, 2), Score.ZERO),
                    new IndicatorGap("brand", Score.ratio(3, 10), Score.of(-4)),
                    new IndicatorGap("fit", Score.ratio(1, 5), Score.of(5)));
        }

        @Test
        void received_exactly_what_was_expected_gives_s_of_1() {
            Satisfaction result = SHOP.individual(List.of(
                    ExpectationPair.of(7, 7), ExpectationPair.of(3, 3), ExpectationPair.of(10, 10)));

            assertThat(result.value()).isEqualTo(Score.ONE);
            assertThat(result.reading()).isEqualTo(Reading.MET);
        }

        @Test
        void a_pair_count_other_than_the_indicator_count_is_rejected() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> SHOP.individual(List.of(ExpectationPair.of(8, 8))))
                    .withMessage("expectation pairs: 1 given, but the model has 3 indicators");
        }
    }

    @Nested
    class Reading_against_the_tolerance {

        @Test
        void within_5_percent_of_1_reads_met_on_both_edges() {
            assertThat(SHOP.read(Score.of("0.95"))).isEqualTo(Reading.MET);
            assertThat(SHOP.read(Score.of("1.05"))).isEqualTo(Reading.MET);
            assertThat(SHOP.read(Score.of("0.949"))).isEqualTo(Reading.BELOW_EXPECTATION);
            assertThat(SHOP.read(Score.of("1.051"))).isEqualTo(Reading.DELIGHTED);
        }

        @Test
        void s_is_read_as_the_percentage_shown_with_one_decimal() {
            // 104.95 % shows 105.0 %: met, not delighted; 105.04 % also shows 105.0 %
            assertThat(Score.of("1.0495").times(Score.HUNDRED).display()).isEqualTo("105.0");
            assertThat(SHOP.read(Score.of("1.0495"))).isEqualTo(Reading.MET);
            assertThat(SHOP.read(Score.of("1.0504"))).isEqualTo(Reading.MET);
            assertThat(SHOP.read(Score.of("1.0505"))).isEqualTo(Reading.DELIGHTED);
            // 94.95 % shows 95.0 %: met; 94.94999 % shows 94.9 %: below
            assertThat(SHOP.read(Score.of("0.9495"))).isEqualTo(Reading.MET);
            assertThat(SHOP.read(Score.of("0.9494999"))).isEqualTo(Reading.BELOW_EXPECTATION);
        }

        @Test
        void s_of_1_point_04_and_1_point_06_read_differently_and_show_differently() {
            assertThat(SHOP.read(Score.of("1.04"))).isEqualTo(Reading.MET);
            assertThat(SHOP.read(Score.of("1.06"))).isEqualTo(Reading.DELIGHTED);
            Satisfaction met = SHOP.individual(List.of(
                    ExpectationPair.of(10, 10), ExpectationPair.of(10, 10), ExpectationPair.of(5, 6)));
            assertThat(met.value()).isEqualTo(Score.of("1.04"));
            assertThat(met.percentage().display()).isEqualTo("104.0");
            assertThat(met.reading()).isEqualTo(Reading.MET);
        }

        @Test
        void a_tolerance_finer_than_a_tenth_of_a_percent_is_rejected() {
            assertThatIllegalArgumentException().isThrownBy(() -> SHOP.withTolerance(Score.of("0.0505")))
                    .withMessage("tolerance 0.0505 is not a whole number of tenths of a percent (allowed e.g. 0.05 "
                            + "or 0.025), since S is read as a percentage with one decimal");
            assertThat(SHOP.withTolerance(Score.of("0.025")).read(Score.of("1.0255")))
                    .isEqualTo(Reading.DELIGHTED);
        }

        @Test
        void the_tolerance_can_be_changed_but_not_made_negative() {
            ExpectationModel strict = SHOP.withTolerance(Score.ZERO);

            assertThat(strict.read(Score.of("0.99"))).isEqualTo(Reading.BELOW_EXPECTATION);
            assertThat(strict.read(Score.ONE)).isEqualTo(Reading.MET);
            assertThat(SHOP.tolerance()).isEqualTo(Score.of("0.05"));
            assertThatIllegalArgumentException().isThrownBy(() -> SHOP.withTolerance(Score.of("-0.01")))
                    .withMessage("tolerance -0.01 is negative (allowed 0 or more)");
        }
    }

    @Nested
    class A_team {

        @Test
        void s_of_a_team_is_the_person_weighted_sum_of_each_persons_s() {
            // buyer (weight 3): S = 1.08; engineer (weight 1): 0.5 × 4/8 + 0.3 × 10/10 + 0.2 × 5/5 = 0.75
            // team: 0.75 × 1.08 + 0.25 × 0.75 = 0.81 + 0.1875 = 0.9975
            TeamMember buyer = new TeamMember(new BigDecimal("3"), List.of(
                    ExpectationPair.of(8, 8), ExpectationPair.of(10, 6), ExpectationPair.of(5, 10)));
            TeamMember engineer = new TeamMember(BigDecimal.ONE, List.of(
                    ExpectationPair.of(8, 4), ExpectationPair.of(10, 10), ExpectationPair.of(5, 5)));

            Satisfaction team = SHOP.team(List.of(buyer, engineer)).orElseThrow();

            assertThat(team.memberValues()).containsExactly(Score.of("1.08"), Score.of("0.75"));
            assertThat(team.value()).isEqualTo(Score.of("0.9975"));
            assertThat(team.reading()).isEqualTo(Reading.MET);
            // price gap: 0.75 × 0 + 0.25 × (−4) = −1
            assertThat(team.gaps().get(0)).isEqualTo(new IndicatorGap("price", Score.ratio(1, 2), Score.of(-1)));
            assertThat(team.gaps().get(1).gap()).isEqualTo(Score.of(-3));
            assertThat(team.gaps().get(2).gap()).isEqualTo(Score.of("3.75"));
        }

        @Test
        void a_team_without_members_is_no_data() {
            assertThat(SHOP.team(List.of())).isEmpty();
        }

        @Test
        void a_member_with_missing_indicators_is_rejected() {
            TeamMember partial = new TeamMember(BigDecimal.ONE, List.of(ExpectationPair.of(8, 8)));

            assertThatIllegalArgumentException().isThrownBy(() -> SHOP.team(List.of(partial)))
                    .withMessage("expectation pairs: 1 given, but the model has 3 indicators");
        }

        @Test
        void a_negative_person_weight_is_rejected_but_zero_is_allowed() {
            assertThat(new TeamMember(BigDecimal.ZERO, List.of()).weight()).isZero();
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new TeamMember(new BigDecimal("-1"), List.of()))
                    .withMessage("person weight -1 is negative (allowed 0 or more)");
        }
    }

    @Nested
    class Invalid_input {

        @Test
        void a_zero_or_negative_expectation_is_rejected_with_a_clear_message() {
            assertThatIllegalArgumentException().isThrownBy(() -> ExpectationPair.of(0, 5))
                    .withMessage("expectation 0 must be more than 0 (S = Σ wᵢ·rᵢ/eᵢ divides by it)");
            assertThatIllegalArgumentException().isThrownBy(() -> ExpectationPair.of(-2, 5))
                    .withMessageContaining("expectation -2");
            assertThatIllegalArgumentException().isThrownBy(() -> ExpectationPair.of(5, -1))
                    .withMessage("received -1 is negative (allowed 0 or more)");
            assertThat(ExpectationPair.of(5, 0).ratio()).isEqualTo(Score.ZERO);
        }

        @Test
        void names_and_weights_of_different_length_are_rejected() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new ExpectationModel(List.of("price"), Weights.equal(2), Score.ZERO))
                    .withMessage("indicator weights: 2 given, but the model has 1 indicators");
        }

        @Test
        void an_indicator_needs_a_name_and_a_non_negative_weight() {
            assertThatIllegalArgumentException().isThrownBy(() -> new Indicator(" ", BigDecimal.ONE))
                    .withMessage("indicator name is blank");
            assertThat(new Indicator("colour", BigDecimal.ZERO).weight()).isZero();
            assertThatIllegalArgumentException().isThrownBy(() -> new Indicator("price", new BigDecimal("-0.5")))
                    .withMessage("weight -0.5 of price is negative (allowed 0 or more)");
        }
    }

    @Nested
    class Weight_normalisation {

        @Test
        void raw_weights_are_divided_by_their_sum() {
            assertThat(Weights.of(List.of(new BigDecimal("3"), BigDecimal.ONE)).values())
                    .containsExactly(Score.ratio(3, 4), Score.ratio(1, 4));
            assertThat(Weights.of(List.of(new BigDecimal("0.75"), new BigDecimal("0.25"))))
                    .isEqualTo(Weights.of(List.of(new BigDecimal("75"), new BigDecimal("25"))));
            assertThat(Weights.equal(3).values()).containsOnly(Score.ratio(1, 3));
            assertThat(Weights.equal(3).size()).isEqualTo(3);
            assertThat(Weights.equal(1).values()).containsExactly(Score.ONE);
        }

        @Test
        void a_zero_weight_is_allowed_but_not_all_zero_negative_or_none() {
            assertThat(Weights.of(List.of(BigDecimal.ZERO, BigDecimal.ONE)).get(0)).isEqualTo(Score.ZERO);
            assertThatIllegalArgumentException().isThrownBy(() -> Weights.of(List.of(BigDecimal.ZERO)))
                    .withMessage("weights [0] sum to 0 (allowed: at least one positive)");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> Weights.of(List.of(BigDecimal.ONE, new BigDecimal("-1"), BigDecimal.ONE)))
                    .withMessage("weight -1 is negative (allowed 0 or more)");
            assertThatIllegalArgumentException().isThrownBy(() -> Weights.of(List.of()))
                    .withMessageContaining("sum to 0");
            assertThatIllegalArgumentException().isThrownBy(() -> Weights.equal(0))
                    .withMessage("number of weights 0 must be at least 1");
        }

        @Test
        void weights_built_directly_must_already_sum_to_1() {
            assertThatIllegalArgumentException().isThrownBy(() -> new Weights(List.of(Score.ratio(1, 2))))
                    .withMessage("weights sum to 0.5 (allowed: exactly 1; use Weights.of)");
            assertThatIllegalArgumentException().isThrownBy(() -> new Weights(List.of()))
                    .withMessage("weights are empty (allowed: at least one weight)");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new Weights(List.of(Score.of(2), Score.of(-1))))
                    .withMessage("weight -1 is negative (allowed 0 or more)");
        }
    }
}
