package com.satisfaction.core.record;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KindsTest {

    @Test
    void only_a_lost_product_line_must_name_the_line() {
        assertThat(LostBusinessKind.PRODUCT_LINE.needsProductLine()).isTrue();
        assertThat(LostBusinessKind.CUSTOMER.needsProductLine()).isFalse();
    }

    @Test
    void only_a_lost_customer_counts_in_the_churn_rate() {
        assertThat(LostBusinessKind.CUSTOMER.losesTheCustomer()).isTrue();
        assertThat(LostBusinessKind.PRODUCT_LINE.losesTheCustomer()).isFalse();
    }

    @Test
    void praise_is_written_or_spoken() {
        assertThat(PraiseType.values()).containsExactly(PraiseType.WRITTEN, PraiseType.SPOKEN);
    }
}
