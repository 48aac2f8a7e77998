package com.satisfaction.core.record;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class MoneyTest {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Currency USD = Currency.getInstance("USD");

    @Nested
    class Construction {

        @Test
        void an_amount_is_kept_at_four_decimals_so_equal_amounts_are_equal_money() {
            assertThat(Money.of(new BigDecimal("1.5"), CNY)).isEqualTo(Money.of(new BigDecimal("1.5000"), CNY));
            assertThat(Money.of("1.5", "CNY").amount()).isEqualByComparingTo("1.5").hasScaleOf(4);
        }

        @Test
        void trailing_zeros_beyond_four_decimals_are_no_more_decimals() {
            assertThat(Money.of(new BigDecimal("2.500000"), CNY).amount().toPlainString()).isEqualTo("2.5000");
        }

        @Test
        void the_same_amount_in_two_currencies_is_not_the_same_money() {
            assertThat(Money.of("10", "CNY")).isNotEqualTo(Money.of("10", "USD"));
        }

        @Test
        void a_negative_amount_is_refused() {
            assertThatIllegalArgumentException().isThrownBy(() -> Money.of(new BigDecimal("-0.01"), CNY))
                    .withMessageContaining("negative");
        }

        @Test
        void a_fifth_decimal_is_refused() {
            assertThatIllegalArgumentException().isThrownBy(() -> Money.of(new BigDecimal("0.00001"), CNY))
                    .withMessageContaining("more than 4 decimals");
        }

        @Test
        void amount_and_currency_are_required() {
            assertThatNullPointerException().isThrownBy(() -> Money.of(null, CNY));
            assertThatNullPointerException().isThrownBy(() -> Money.of(BigDecimal.ONE, null));
        }

        @Test
        void zero_is_where_sums_start() {
            assertThat(Money.zero(USD)).isEqualTo(Money.of("0", "USD"));
        }
    }

    @Nested
    class Adding {

        @Test
        void amounts_of_one_currency_add_up_exactly() {
            assertThat(Money.of("0.1", "CNY").plus(Money.of("0.2", "CNY"))).isEqualTo(Money.of("0.3", "CNY"));
        }

        @Test
        void amounts_of_two_currencies_are_never_added_up() {
            assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1", "CNY").plus(Money.of("1", "USD")))
                    .withMessageContaining("currencies differ");
        }
    }

    @Nested
    class Display {

        @ParameterizedTest(name = "{0} {1} shows as {2}")
        @CsvSource({
                "1000,               CNY, '1,000.00'",
                "0.0001,             CNY, 0.0001",
                "1234567.891,        USD, '1,234,567.891'",
                "999999999999999.9999, CNY, '999,999,999,999,999.9999'",
                "1000,               JPY, '1,000'",
                "1000.5,             JPY, '1,000.5'",
                "12.3,               EUR, 12.30"})
        void the_amount_shows_grouped_with_the_currencys_decimals_or_more_when_it_has_them(String amount,
                                                                                             String currency,
                                                                                             String shown) {
            assertThat(Money.of(amount, currency).formattedAmount()).isEqualTo(shown);
        }

        @Test
        void money_reads_as_amount_and_code() {
            assertThat(Money.of("1000", "CNY")).hasToString("1,000.00 CNY");
            assertThat(Money.of("1", "USD").currencyCode()).isEqualTo("USD");
        }
    }
}
