package com.satisfaction.web.record;

import com.satisfaction.core.period.Period;
import com.satisfaction.core.record.Currencies;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;

/**
 * A list's filters as the query string gives them, all read as text: a value no page offers (a letter for a
 * customer, "2026-H3", an unknown type) reads as no filter, so a hand-made URL gets a list, never an error.
 *
 * @param customer a customer's id
 * @param period   a half-year, {@code 2026-H1}
 * @param type     a praise type or a lost-business kind, by name
 * @param currency a claim's currency code
 * @param linked   {@code yes}: claims linked to a complaint, {@code no}: claims without
 * @param page     the page, from 0
 */
record RecordSearch(String customer, String period, String type, String currency, String linked, String page) {

    static final int PAGE_SIZE = 25;
    /** Pages beyond this are read as the last one asked for could not hold anything anyway. */
    static final int MAX_PAGE = 100_000;

    RecordSearch {
        customer = customer != null && customer.strip().matches("[0-9]{1,18}") ? customer.strip() : null;
        period = readPeriod(period);
        type = blankToNull(type);
        currency = Currencies.offered(blankToNull(currency)).map(Currency::getCurrencyCode).orElse(null);
        linked = "yes".equals(linked) || "no".equals(linked) ? linked : null;
        page = page != null && page.strip().matches("[0-9]{1,6}")
                ? String.valueOf(Math.min(Integer.parseInt(page.strip()), MAX_PAGE)) : "0";
    }

    static RecordSearch none() {
        return new RecordSearch(null, null, null, null, null, null);
    }

    Long customerId() {
        return customer == null ? null : Long.valueOf(customer);
    }

    /** The first day of the chosen period, or of the earliest period when none is chosen. */
    LocalDate from() {
        return period == null ? LocalDate.of(Period.MIN_YEAR, 1, 1) : Period.of(period).startDate();
    }

    /** The last day of the chosen period, or of the latest period when none is chosen. */
    LocalDate to() {
        return period == null ? LocalDate.of(Period.MAX_YEAR, 12, 31) : Period.of(period).endDate();
    }

    int pageNumber() {
        return Integer.parseInt(page);
    }

    /** The type as a constant of {@code type}; null when none or unknown. */
    <E extends Enum<E>> E typeAs(Class<E> kinds) {
        return Arrays.stream(kinds.getEnumConstants()).filter(kind -> kind.name().equals(type)).findFirst()
                .orElse(null);
    }

    Boolean linkedFilter() {
        return linked == null ? null : linked.equals("yes");
    }

    private static String readPeriod(String text) {
        try {
            return text == null || text.isBlank() ? null : Period.of(text.strip()).toString();
        } catch (IllegalArgumentException notAPeriod) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
