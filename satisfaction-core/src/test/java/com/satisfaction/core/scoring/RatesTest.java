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
            assertThat(ChurnRate.of(25, 500).orElseThrow().percentage()).isEqualTo(Score.of(5));
        }

        @Test
        void losing_everyone_is_100_percent_and_no_one_0_percent() {
            assertThat(ChurnRate.of(7, 7).orElseThrow().percentage()).isEqualTo(Score.HUNDRED);
            assertThat(ChurnRate.of(0, 7).orElseThrow().percentage()).isEqualTo(Score.ZERO);
        }

        @Test
        void no_customers_at_the_start_is_no_data() {
            assertThat(ChurnRate.of(0, 0)).isEmpty();
            assertThatIllegalArgumentException().isThrownBy(() -> new ChurnRate(0, 0))
                    .withMessageContaining("customers at the start 0 must be at least 1");
        }

        @Test
        void impossible_counts_are_rejected_naming_the_range() {
            assertThatIllegalArgumentException().isThrownBy(() -> ChurnRate.of(26, 25))
                    .withMessage("customers lost 26 is outside the allowed range 0–25");
            assertThatIllegalArgumentException().isThrownBy(() -> ChurnRate.of(-1, 25))
                    .withMessage("customers lost -1 is outside the allowed range 0–25");
            assertThatIllegalArgumentException().isThrownBy(() -> ChurnRate.of(1, 0));
            assertThatIllegalArgumentException().isThrownBy(() -> ChurnRate.of(0, -3));
        }
    }

    @Nested
    class Product_returns {

        @Test
        void thirty_returned_of_two_thousand_is_1_point_5_percent() {
            assertThat(ProductReturnRate.of(2000, 30).orElseThrow().percentage()).isEqualTo(Score.of("1.5"));
        }

        @Test
        void nothing_delivered_is_no_data() {
            assertThat(ProductReturnRate.of(0, 0)).isEmpty();
            assertThatIllegalArgumentException().isThrownBy(() -> new ProductReturnRate(0, 0))
                    .withMessageContaining("quantity delivered 0 must be at least 1");
        }

        @Test
        void returning_more_than_was_delivered_is_rejected() {
            assertThatIllegalArgumentException().isThrownBy(() -> ProductReturnRate.of(100, 101))
                    .withMessage("quantity returned 101 is outside the allowed range 0–100 (delivered)");
            assertThatIllegalArgumentException().isThrownBy(() -> ProductReturnRate.of(100, -1));
            assertThatIllegalArgumentException().isThrownBy(() -> ProductReturnRate.of(0, 1));
            assertThat(ProductReturnRate.of(100, 100).orElseThrow().percentage()).isEqualTo(Score.HUNDRED);
        }
    }
}
