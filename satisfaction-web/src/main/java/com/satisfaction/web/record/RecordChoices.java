package com.satisfaction.web.record;

import com.satisfaction.core.period.Period;
import com.satisfaction.core.record.Currencies;
import com.satisfaction.persistence.record.CustomerChoice;
import com.satisfaction.persistence.record.RecordCustomers;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** What the records' filters and forms offer to choose from, and today's date by the application's clock. */
@Component
class RecordChoices {

    /** Half-years a filter offers: the current one and the five before it. */
    static final int PERIODS = 6;

    private final RecordCustomers customers;
    private final Clock clock;

    RecordChoices(RecordCustomers customers, Clock clock) {
        this.customers = customers;
        this.clock = clock;
    }

    List<CustomerChoice> customers() {
        return customers.choices();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Period currentPeriod() {
        return Period.containing(today());
    }

    /** The current half-year and the ones before it, newest first, as {@code 2026-H1}. */
    List<String> periods() {
        List<String> periods = new ArrayList<>();
        Period period = currentPeriod();
        for (int i = 0; i < PERIODS; i++) {
            periods.add(period.toString());
            period = period.previous();
        }
        return periods;
    }

    List<String> currencies() {
        return Currencies.OFFERED.stream().map(Currency::getCurrencyCode).toList();
    }
}
