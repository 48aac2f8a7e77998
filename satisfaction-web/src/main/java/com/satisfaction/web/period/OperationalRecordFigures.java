package com.satisfaction.web.period;

import com.satisfaction.core.period.Period;
import com.satisfaction.core.record.CustomerRecords;
import com.satisfaction.core.scoring.CompositePart;
import com.satisfaction.persistence.record.RecordFiguresRepository;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The operational record of a half-year, counted by SQL aggregates over the records dated in it: praise, claims and
 * lost business per customer, and the customers lost (churn). Each part's evidence is the record list filtered to the
 * customer and the half-year.
 */
@Component
class OperationalRecordFigures implements OperationalInputs {

    private final RecordFiguresRepository records;

    OperationalRecordFigures(RecordFiguresRepository records) {
        this.records = records;
    }

    @Override
    public Record forPeriod(Period period) {
        Map<Long, Counts> byCustomer = new HashMap<>();
        for (CustomerRecords customer : records.customerRecords(period)) {
            byCustomer.put(customer.customerId(),
                    new Counts(0, 0, customer.lostBusinesses(), customer.praises(), customer.claims()));
        }
        return new Record(byCustomer, records.periodRecords(period).customersLost());
    }

    @Override
    public Optional<String> evidenceUrl(CompositePart part, long customerId, Period period) {
        String filter = "?customer=" + customerId + "&period=" + period;
        return switch (part) {
            case SURVEY, PRODUCT_RETURNS -> Optional.empty();
            case LOST_BUSINESS -> Optional.of("/records/lost-business" + filter);
            case PRAISE -> Optional.of("/records/praise" + filter);
            case CLAIMS -> Optional.of("/records/claims" + filter);
        };
    }
}
