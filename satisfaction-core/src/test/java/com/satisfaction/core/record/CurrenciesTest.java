package com.satisfaction.core.record;

import org.junit.jupiter.api.Test;

import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;

class CurrenciesTest {

    @Test
    void the_renminbi_is_the_default_and_offered_first() {
        assertThat(Currencies.DEFAULT.getCurrencyCode()).isEqualTo("CNY");
        assertThat(Currencies.OFFERED.get(0)).isEqualTo(Currencies.DEFAULT);
    }

    @Test
    void the_usual_currencies_of_a_chinese_supplier_are_offered_once_each() {
        assertThat(Currencies.OFFERED).extracting(Currency::getCurrencyCode)
                .contains("USD", "EUR", "JPY", "HKD", "GBP", "KRW").doesNotHaveDuplicates();
    }

    @Test
    void an_offered_code_is_found_exactly() {
        assertThat(Currencies.offered("USD")).contains(Currency.getInstance("USD"));
    }

    @Test
    void an_unknown_code_a_lower_case_code_or_nothing_is_no_currency() {
        assertThat(Currencies.offered("XXX")).isEmpty();
        assertThat(Currencies.offered("usd")).isEmpty();
        assertThat(Currencies.offered("")).isEmpty();
        assertThat(Currencies.offered(null)).isEmpty();
        assertThat(Currencies.offered("BTC")).isEmpty();
    }
}
