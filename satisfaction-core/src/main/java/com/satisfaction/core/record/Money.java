package com.satisfaction.core.record;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An exact amount of money in one ISO-4217 currency, never negative, with at most {@value #SCALE} decimals (what a
 * {@code NUMERIC(19, 4)} column holds). Amounts are kept at scale {@value #SCALE}, so {@code 1.5 CNY} read from a form
 * and {@code 1.5000 CNY} read from the database are equal. Money of two currencies is never added up.
 *
 * @param amount   0 or more, at scale {@value #SCALE}
 * @param currency the ISO-4217 currency
 */
public record Money(BigDecimal amount, Currency currency) {

    /** Decimals kept: four, as the database column does. */
    public static final int SCALE = 4;

    /**
     * Creates money; prefer {@link #of(BigDecimal, Currency)}.
     *
     * @throws IllegalArgumentException when the amount is negative or has more than {@value #SCALE} decimals that are
     *                                  not zeros
     */
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount " + amount.toPlainString() + " is negative (allowed 0 or more)");
        }
        if (amount.stripTrailingZeros().scale() > SCALE) {
            throw new IllegalArgumentException("amount " + amount.toPlainString() + " has more than " + SCALE
                    + " decimals");
        }
        amount = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /** The amount in the currency. */
    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    /** The amount in the currency of that ISO-4217 code ({@code "CNY"}). */
    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    /** Nothing, in the currency: where sums start. */
    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /**
     * The sum of both.
     *
     * @throws IllegalArgumentException when the currencies differ: amounts of two currencies are never added up
     */
    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot add " + other + " to " + this + ": the currencies differ");
        }
        return new Money(amount.add(other.amount), currency);
    }

    /** The ISO-4217 code, {@code "CNY"}. */
    public String currencyCode() {
        return currency.getCurrencyCode();
    }

    /**
     * The amount as shown: thousands grouped with commas, with the currency's usual decimals (CNY 2, JPY 0) or more
     * when the amount has them, so nothing stored is hidden: {@code 1,000.00}, {@code 0.0001}, {@code 1,000} (JPY).
     */
    public String formattedAmount() {
        int usual = Math.max(currency.getDefaultFractionDigits(), 0);
        int needed = Math.max(amount.stripTrailingZeros().scale(), 0);
        int decimals = Math.min(Math.max(usual, needed), SCALE);
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        return format.format(amount);
    }

    /** {@code 1,000.00 CNY}. */
    @Override
    public String toString() {
        return formattedAmount() + " " + currencyCode();
    }
}
