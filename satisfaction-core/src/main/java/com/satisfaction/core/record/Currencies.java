package com.satisfaction.core.record;

import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The currencies a person may choose for an amount: the renminbi first (the default), then those a Chinese B2B
 * supplier is most often paid or claimed in. Each is an ISO-4217 code.
 */
public final class Currencies {

    /** The currency a new amount starts in. */
    public static final Currency DEFAULT = Currency.getInstance("CNY");

    /** The currencies offered, in the order a list shows them. */
    public static final List<Currency> OFFERED = List.of("CNY", "USD", "EUR", "JPY", "HKD", "GBP", "KRW", "TWD",
            "SGD", "CHF", "AUD", "CAD", "THB", "MYR", "INR").stream().map(Currency::getInstance).toList();

    private Currencies() {
    }

    /** The offered currency of that code (exactly, upper case); empty for any other text. */
    public static Optional<Currency> offered(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return OFFERED.stream().filter(currency -> currency.getCurrencyCode().equals(code)).findFirst();
    }
}
