package com.satisfaction.persistence.record;

import com.satisfaction.core.record.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/** One claim as a list shows it, with its customer and the id of its complaint (null when none). */
public record ClaimRow(long id, long customerId, String customerCode, String customerName, LocalDate claimedOn,
                       Money amount, String reason, Long complaintId) {

    /** As the query selects it: the amount and the currency code in two columns. */
    public ClaimRow(long id, long customerId, String customerCode, String customerName, LocalDate claimedOn,
                    BigDecimal amount, String currency, String reason, Long complaintId) {
        this(id, customerId, customerCode, customerName, claimedOn,
                Money.of(amount, Currency.getInstance(currency.strip())), reason, complaintId);
    }
}
