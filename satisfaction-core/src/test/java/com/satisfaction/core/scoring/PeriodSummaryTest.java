package com.satisfaction.core.scoring;

import static com.satisfaction.core.scoring.CompositeFixture.FM40;
import static com.satisfaction.core.scoring.CompositeFixture.aFlawlessHalfYear;
import static com.satisfaction.core.scoring.CompositeFixture.aHalfYearWithComposite;
import static com.satisfaction.core.scoring.CompositeFixture.aHalfYearWithSurveyScore;
import static com.satisfaction.core.scoring.CompositeFixture.scored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PeriodSummaryTest {

    @Nested
    class Overall_composite {

        @Test
        void composites_of_96_96_and_97_give_an_overall_composite_of_96_point_3() {
            PeriodSummary summary = PeriodSummary.ofTotals(List.of(Score.of(96), Score.of(96), Score.of(97)), FM40);

            assertThat(summary.overallComposite()).contains(Score.ratio(289, 3));
            assertThat(summary.overallComposite().orElseThrow().display()).isEqualTo("96.3");
            assertThat(summary.satisfactionRate()).contains(Score.HUNDRED);
        }

        @Test
        void the_same_figures_come_from_scored_customers() {
            // survey 93.33… → 56 + 40 = 96; 93.33… → 96; 95 → 57 + 40 = 97
            PeriodSummary summary = PeriodSummary.of(List.of(
                    scored(aHalfYearWithSurveyScore(Score.ratio(280, 3))),
                    scored(aHalfYearWithSurveyScore(Score.ratio(280, 3))),
                    scored(aHalfYearWithSurveyScore(Score.of(95)))));

            assertThat(summary.overallComposite().orElseThrow().display()).isEqualTo("96.3");
            assertThat(summary.customersWithComposite()).isEqualTo(3);
        }
    }

    @Nested
    class Parts_of_a_period {

        @Test
        void summaries_of_some_customers_add_up_and_take_away_to_the_summary_of_all() {
            List<CompositeScore> all = List.of(scored(aHalfYearWithSurveyScore(Score.of(75))),
                    scored(aHalfYearWithSurveyScore(Score.ratio(449, 6))), scored(aFlawlessHalfYear()),
                    scored(aFlawlessHalfYear().withDelivered(0).withReturned(0)));
            PeriodSummary whole = PeriodSummary.of(all);
            PeriodSummary first = PeriodSummary.of(all.subList(0, 1));
            PeriodSummary rest = PeriodSummary.of(all.subList(1, 4));

            assertThat(first.plus(rest)).isEqualTo(whole);
            assertThat(PeriodSummary.NONE.plus(whole)).isEqualTo(whole);
            assertThat(whole.minus(first)).isEqualTo(rest);
            assertThat(whole.minus(whole)).isEqualTo(PeriodSummary.NONE);
            assertThat(PeriodSummary.of(List.of())).isEqualTo(PeriodSummary.NONE);
        }

        @Test
        void customers_that_were_never_part_of_a_summary_cannot_be_taken_away() {
            PeriodSummary one = PeriodSummary.of(List.of(scored(aFlawlessHalfYear())));

            assertThatIllegalArgumentException().isThrownBy(() -> PeriodSummary.NONE.minus(one));
            assertThatIllegalArgumentException().isThrownBy(() -> one.minus(one.plus(one)));
        }
    }

    @Nested
    class Satisfaction_rate {

        @Test
        void satisfied_customers_over_customers_with_a_composite() {
            // 85 satisfied, 84.9 not, 100 satisfied, one without deliveries left out
            PeriodSummary summary = PeriodSummary.of(List.of(
                    scored(aHalfYearWithSurveyScore(Score.of(75))),
                    scored(aHalfYearWithSurveyScore(Score.ratio(449, 6))),
                    scored(aFlawlessHalfYear()),
                    scored(aFlawlessHalfYear().withDelivered(0).withReturned(0))));

            assertThat(summary.customersWithComposite()).isEqualTo(3);
            assertThat(summary.satisfiedCustomers()).isEqualTo(2);
            assertThat(summary.customersWithoutComposite()).isEqualTo(1);
            assertThat(summary.satisfactionRate()).contains(Score.ratio(200, 3));
            assertThat(summary.overallComposite()).contains(Score.of("269.9").dividedBy(Score.of(3)));
        }

        @Test
        void stored_totals_are_judged_against_the_policy_of_the_period() {
            PeriodSummary summary = PeriodSummary.ofTotals(List.of(Score.of(85), Score.of("84.9")), FM40);

            assertThat(summary.satisfiedCustomers()).isEqualTo(1);
            assertThat(summary.satisfactionRate()).contains(Score.of(50));
        }

        @Test
        void stored_totals_are_judged_as_shown_like_scored_customers() {
            // 84.95 shows 85.0: satisfied; 84.94999999 shows 84.9: not
            PeriodSummary fromTotals = PeriodSummary.ofTotals(
                    List.of(Score.of("84.95"), Score.of("84.94999999")), FM40);
            PeriodSummary fromCustomers = PeriodSummary.of(List.of(
                    scored(aHalfYearWithComposite(Score.of("84.95"))),
                    scored(aHalfYearWithComposite(Score.of("84.94999999")))));

            assertThat(fromTotals.satisfiedCustomers()).isEqualTo(1);
            assertThat(fromTotals).isEqualTo(fromCustomers);
        }
    }

    @Nested
    class No_data {

        @Test
        void a_period_without_composites_has_no_rate_and_no_overall_composite() {
            PeriodSummary summary = PeriodSummary.of(List.of(scored(CompositeInput.nothingRecorded())));

            assertThat(summary.customersWithoutComposite()).isEqualTo(1);
            assertThat(summary.satisfactionRate()).isEmpty();
            assertThat(summary.overallComposite()).isEmpty();
            assertThat(PeriodSummary.ofTotals(List.of(), FM40).overallComposite()).isEmpty();
        }

        @Test
        void inconsistent_counts_are_rejected() {
            assertThatIllegalArgumentException().isThrownBy(() -> new PeriodSummary(2, 3, 0, Score.of(100)))
                    .withMessage("satisfied customers 3 is outside the allowed range 0–2");
            assertThatIllegalArgumentException().isThrownBy(() -> new PeriodSummary(1, 0, 0, Score.of(101)))
                    .withMessage("sum of composites 101 is outside the allowed range 0–100");
            assertThatIllegalArgumentException().isThrownBy(() -> new PeriodSummary(-1, 0, 0, Score.ZERO))
                    .withMessage("customers with a composite -1 is negative (allowed 0 or more)");
            assertThatIllegalArgumentException().isThrownBy(() -> new PeriodSummary(0, 0, -1, Score.ZERO));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PeriodSummary.ofTotals(List.of(Score.of(101)), FM40))
                    .withMessage("composite 101 is outside the allowed range 0–100");
        }
    }
}
