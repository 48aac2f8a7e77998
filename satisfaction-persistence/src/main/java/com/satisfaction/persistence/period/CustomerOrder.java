package com.satisfaction.persistence.period;

import com.satisfaction.core.scoring.Score;

import java.math.BigDecimal;
import java.util.Comparator;

/**
 * The order of a half-year's customer table, the same in SQL over a snapshot and in memory over live scores: by
 * composite or annual value (missing ones last either way, ties by code), or by code.
 */
public enum CustomerOrder {

    COMPOSITE("composite_order", Comparator.comparing(s -> s.composite().orElse(null),
            Comparator.nullsLast(Comparator.<Score>naturalOrder()))),
    VALUE("annual_value", Comparator.comparing(s -> s.customer().annualValue(),
            Comparator.nullsLast(Comparator.<BigDecimal>naturalOrder()))),
    CODE("code", Comparator.comparing(s -> s.customer().code()));

    private final String column;
    private final Comparator<CustomerScore> ascending;

    CustomerOrder(String column, Comparator<CustomerScore> ascending) {
        this.column = column;
        this.ascending = ascending;
    }

    /** The {@code ORDER BY} list over {@code period_snapshot_customer}. */
    String orderBy(boolean descending) {
        String direction = descending ? " DESC" : " ASC";
        return this == CODE ? "code" + direction : column + direction + " NULLS LAST, code ASC";
    }

    /** The same order in memory: a missing value last in either direction, ties by code. */
    public Comparator<CustomerScore> comparator(boolean descending) {
        if (this == CODE) {
            return descending ? ascending.reversed() : ascending;
        }
        Comparator<CustomerScore> present = descending ? reversedKeepingMissingLast() : ascending;
        return present.thenComparing(s -> s.customer().code());
    }

    private Comparator<CustomerScore> reversedKeepingMissingLast() {
        return (a, b) -> {
            boolean aMissing = missing(a);
            boolean bMissing = missing(b);
            if (aMissing || bMissing) {
                return Boolean.compare(aMissing, bMissing);
            }
            return ascending.compare(b, a);
        };
    }

    private boolean missing(CustomerScore s) {
        return switch (this) {
            case COMPOSITE -> s.composite().isEmpty();
            case VALUE -> s.customer().annualValue() == null;
            case CODE -> false;
        };
    }
}
