package com.satisfaction.persistence.record;

import com.satisfaction.core.record.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * How {@link Money} is stored: the exact amount in a {@code NUMERIC(19, 4)} column beside its ISO-4217 code in a
 * {@code CHAR(3)} column. Entities keep this embeddable and hand out {@link Money}; a nullable amount is a null
 * embeddable (both columns null).
 */
@Embeddable
public class StoredMoney {

    @Column(name = "amount", precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(name = "currency", length = 3)
    @JdbcTypeCode(SqlTypes.CHAR)
    private String currency;

    protected StoredMoney() {
    }

    private StoredMoney(BigDecimal amount, String currency) {
        this.amount = amount;
        this.currency = currency;
    }

    static StoredMoney of(Money money) {
        return money == null ? null : new StoredMoney(money.amount(), money.currencyCode());
    }

    Money toMoney() {
        return Money.of(amount, Currency.getInstance(currency.strip()));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredMoney that && amount.compareTo(that.amount) == 0
                && currency.equals(that.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount.stripTrailingZeros(), currency);
    }
}
