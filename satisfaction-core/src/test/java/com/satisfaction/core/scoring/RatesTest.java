package com.satisfaction.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RatesTest {

    @Nested
    class Churn {

        @Test
        void twenty_five_lost_of_five_hundred_is_5_percent() {
            ChurnRate churn = ChurnRate.lost(25).ofCustomersAtStart(500).orElseThrow();

            assertThat(churn.percentage()).isEqualTo(Score.of(5));
            assertThat(churn.lost()).isEqualTo(25);
            assertThat(churn.atStart()).isEqualTo(500);
        }

        @Test
        void losing_everyone_is_100_percent_and_no_one_0_percent() {
            assertThat(ChurnRate.lost(7).ofCustomersAtStart(7).orElseThrow().percentage()).isEqualTo(Score.HUNDRED);
            assertThat(ChurnRate.lost(0).ofCustomersAtStart(7).orElseThrow().percentage()).isEqualTo(Score.ZERO);
        }

        @Test
        void no_customers_at_the_start_is_no_data() {
            assertThat(ChurnRate.lost(0).ofCustomersAtStart(0)).isEmpty();
            assertThatIllegalArgumentException().isThrownBy(() -> new ChurnRate(0, 0))
                    .withMessageContaining("customers at the start 0 must be at least 1");
        }

        @Test
        void impossible_counts_are_rejected_naming_the_range() {
            assertThatIllegalArgumentException().isThrownBy(() -> ChurnRate.lost(26).ofCustomersAtStart(25))
                    .withMessage("customers lost 26 is outside the allowed range 0–25");
            assertThatIllegalArgumentException().isThrownBy(() -> ChurnRate.lost(-1).ofCustomersAtStart(25))
                    .withMessage("customers lost -1 is outside the allowed range 0–25");
            assertThatIllegalArgumentException().isThrownBy(() -> ChurnRate.lost(1).ofCustomersAtStart(0));
            assertThatIllegalArgumentException().isThrownBy(() -> ChurnRate.lost(0).ofCustomersAtStart(-3));
        }
    }

    @Nested
    class Product_returns {

        @Test
        void thirty_returned_of_two_thousand_is_1_point_5_percent() {
            ProductReturnRate rate = ProductReturnRate.ofDelivered(2000).returned(30).orElseThrow();

            assertThat(rate.percentage()).isEqualTo(Score.of("1.5"));
            assertThat(rate.delivered()).isEqualTo(2000);
            assertThat(rate.returned()).isEqualTo(30);
        }

        @Test
        void nothing_delivered_is_no_data() {
            assertThat(ProductReturnRate.ofDelivered(0).returned(0)).isEmpty();
            assertThatIllegalArgumentException().isThrownBy(() -> new ProductReturnRate(0, 0))
                    .withMessageContaining("quantity delivered 0 must be at least 1");
        }

        @Test
        void nothing_delivered_is_no_data_even_when_goods_came_back() {
            assertThat(ProductReturnRate.ofDelivered(0).returned(5)).isEmpty();
        }

        @Test
        void returning_more_than_was_delivered_is_a_rate_above_100_percent() {
            assertThat(ProductReturnRate.ofDelivered(100).returned(101).orElseThrow().percentage())
                    .isEqualTo(Score.of(101));
            assertThat(ProductReturnRate.ofDelivered(100).returned(100).orElseThrow().percentage())
                    .isEqualTo(Score.HUNDRED);
        }

        @Test
        void a_negative_quantity_is_rejected_naming_it() {
            assertThatIllegalArgumentException().isThrownBy(() -> ProductReturnRate.ofDelivered(100).returned(-1))
                    .withMessage("quantity returned -1 is negative (allowed 0 or more)");
            assertThatIllegalArgumentException().isThrownBy(() -> ProductReturnRate.ofDelivered(-1).returned(0))
                    .withMessage("quantity delivered -1 is negative (allowed 0 or more)");
            assertThatIllegalArgumentException().isThrownBy(() -> ProductReturnRate.ofDelivered(0).returned(-1));
            assertThatIllegalArgumentException().isThrownBy(() -> new ProductReturnRate(100, -1));
        }
    }

    @Nested
    class Responses {

        @Test
        void seven_answered_of_ten_sent_is_70_percent_and_meets_the_default_target() {
            ResponseRate rate = ResponseRate.answered(7).ofSent(10).orElseThrow();

            assertThat(rate.percentage()).isEqualTo(Score.of(70));
            assertThat(rate.answered()).isEqualTo(7);
            assertThat(rate.sent()).isEqualTo(10);
            assertThat(rate.target()).isEqualTo(ResponseRate.DEFAULT_TARGET).isEqualTo(Score.of(70));
            assertThat(rate.targetMet()).isTrue();
        }

        @Test
        void the_target_is_met_on_the_rate_as_shown() {
            // 1 399 of 2 000 = 69.95 % shows 70.0 %: met; 69.96 % too; 13 989 of 20 000 = 69.945 % shows 69.9 %: not
            assertThat(ResponseRate.answered(1_399).ofSent(2_000).orElseThrow().targetMet()).isTrue();
            assertThat(ResponseRate.answered(1_749).ofSent(2_500).orElseThrow().targetMet()).isTrue();
            ResponseRate justShort = ResponseRate.answered(13_989).ofSent(20_000).orElseThrow();
            assertThat(justShort.percentage().display()).isEqualTo("69.9");
            assertThat(justShort.targetMet()).isFalse();
        }

        @Test
        void a_campaign_may_set_its_own_target() {
            ResponseRate rate = ResponseRate.answered(7).ofSent(10).orElseThrow().withTarget(Score.of(80));

            assertThat(rate.targetMet()).isFalse();
            assertThat(rate.withTarget(Score.of("69.9")).targetMet()).isTrue();
            assertThat(rate.withTarget(Score.ZERO).targetMet()).isTrue();
            assertThatIllegalArgumentException().isThrownBy(() -> rate.withTarget(Score.of("69.95")))
                    .withMessageStartingWith("response-rate target 69.95 has more decimals than a figure shows");
            assertThatIllegalArgumentException().isThrownBy(() -> rate.withTarget(Score.of(101)))
                    .withMessage("response-rate target 101 is outside the allowed range 0–100");
            assertThatIllegalArgumentException().isThrownBy(() -> rate.withTarget(Score.of(-1)));
        }

        @Test
        void nothing_sent_is_no_data() {
            assertThat(ResponseRate.answered(0).ofSent(0)).isEmpty();
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new ResponseRate(0, 0, ResponseRate.DEFAULT_TARGET))
                    .withMessageContaining("surveys sent 0 must be at least 1");
        }

        @Test
        void more_answered_than_sent_or_a_negative_count_is_rejected() {
            assertThatIllegalArgumentException().isThrownBy(() -> ResponseRate.answered(11).ofSent(10))
                    .withMessage("surveys answered 11 is outside the allowed range 0–10");
            assertThatIllegalArgumentException().isThrownBy(() -> ResponseRate.answered(3).ofSent(0))
                    .withMessage("surveys answered 3 is outside the allowed range 0–0");
            assertThatIllegalArgumentException().isThrownBy(() -> ResponseRate.answered(-1).ofSent(10));
            assertThatIllegalArgumentException().isThrownBy(() -> ResponseRate.answered(0).ofSent(-1))
                    .withMessage("surveys sent -1 is negative (allowed 0 or more)");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new ResponseRate(11, 10, ResponseRate.DEFAULT_TARGET));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new ResponseRate(-1, 10, ResponseRate.DEFAULT_TARGET));
        }

        @Test
        void everyone_answering_is_100_percent_and_no_one_0_percent() {
            assertThat(ResponseRate.answered(10).ofSent(10).orElseThrow().percentage()).isEqualTo(Score.HUNDRED);
            ResponseRate none = ResponseRate.answered(0).ofSent(10).orElseThrow();
            assertThat(none.percentage()).isEqualTo(Score.ZERO);
            assertThat(none.targetMet()).isFalse();
        }
    }
}
