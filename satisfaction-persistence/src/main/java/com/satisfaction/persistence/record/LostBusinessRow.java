package com.satisfaction.persistence.record;

import com.satisfaction.core.record.LostBusinessKind;
import com.satisfaction.core.record.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/** One lost business as a list shows it, with its customer; the estimated value is null when not known. */
public record LostBusinessRow(long id, long customerId, String customerCode, String customerName,
                              LostBusinessKind kind, String productLine, LocalDate lostOn, String reason,
                              Money estimatedValue) {

    /** As the query selects it: the value and its currency code in two columns, both null when not known. */
    public LostBusinessRow(long id, long customerId, String customerCode, String customerName, LostBusinessKind kind,
                           String productLine, LocalDate lostOn, String reason, BigDecimal value, String currency) {
        this(id, customerId, customerCode, customerName, kind, productLine, lostOn, reason,
                value == null ? null : Money.of(value, Currency.getInstance(currency.strip())));
    }
}
