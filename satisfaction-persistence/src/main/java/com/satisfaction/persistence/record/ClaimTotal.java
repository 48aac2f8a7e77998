package com.satisfaction.persistence.record;

import com.satisfaction.core.record.Money;

import java.math.BigDecimal;
import java.util.Currency;

/** How many claims a list holds in one currency and their total (never summed across currencies). */
public record ClaimTotal(long claims, Money total) {

    /** As the query selects it. */
    public ClaimTotal(String currency, long claims, BigDecimal total) {
        this(claims, Money.of(total, Currency.getInstance(currency.strip())));
    }
}
