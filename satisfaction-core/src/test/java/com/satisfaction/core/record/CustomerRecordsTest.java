package com.satisfaction.core.record;

import com.satisfaction.core.scoring.CompositeInput;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CustomerRecordsTest {

    @Nested
    class Figures {

        @Test
        void claim_totals_are_kept_per_currency_in_code_order() {
            CustomerRecords records = new CustomerRecords(7, 1, 3,
                    List.of(Money.of("200", "USD"), Money.of("1500.25", "CNY")), 0);

            assertThat(records.claimed()).containsExactly(Money.of("1500.25", "CNY"), Money.of("200", "USD"));
            assertThat(records.claimedIn("USD")).contains(Money.of("200", "USD"));
            assertThat(records.claimedIn("EUR")).isEmpty();
        }

        @Test
        void nothing_recorded_is_zero_of_each() {
            CustomerRecords none = CustomerRecords.nothingRecorded(9);

            assertThat(none).isEqualTo(new CustomerRecords(9, 0, 0, List.of(), 0));
        }
    }

    @Nested
    class Composite {

        @Test
        void praise_claims_and_lost_business_go_into_the_composite_input() {
            CompositeInput input = new CustomerRecords(1, 3, 1, List.of(Money.of("10", "CNY")), 2)
                    .applyTo(CompositeInput.nothingRecorded().withDelivered(100));

            assertThat(input).isEqualTo(CompositeInput.nothingRecorded().withDelivered(100)
                    .withPraises(3).withClaims(1).withLostBusinesses(2));
        }
    }

    @Nested
    class Refusals {

        @Test
        void a_negative_count_is_refused() {
            assertThatIllegalArgumentException().isThrownBy(() -> new CustomerRecords(1, -1, 0, List.of(), 0));
            assertThatIllegalArgumentException().isThrownBy(() -> new CustomerRecords(1, 0, -1, List.of(), 0));
            assertThatIllegalArgumentException().isThrownBy(() -> new CustomerRecords(1, 0, 0, List.of(), -1));
        }

        @Test
        void two_totals_in_one_currency_are_refused() {
            assertThatIllegalArgumentException().isThrownBy(() -> new CustomerRecords(1, 0, 2,
                    List.of(Money.of("1", "CNY"), Money.of("2", "CNY")), 0)).withMessageContaining("one total per currency");
        }

        @Test
        void a_total_without_a_claim_is_refused() {
            assertThatIllegalArgumentException().isThrownBy(() -> new CustomerRecords(1, 0, 0,
                    List.of(Money.of("1", "CNY")), 0)).withMessageContaining("without a claim");
        }
    }
}
