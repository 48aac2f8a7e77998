package com.satisfaction.web.period;

import com.satisfaction.core.period.Period;
import com.satisfaction.core.record.CustomerRecords;
import com.satisfaction.core.scoring.CompositePart;
import com.satisfaction.persistence.delivery.DeliveryRepository;
import com.satisfaction.persistence.delivery.DeliveryTotals;
import com.satisfaction.persistence.record.RecordFiguresRepository;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The operational record of a half-year, counted by SQL aggregates over the records dated in it: quantities delivered
 * and returned, praise, claims and lost business per customer, and the customers lost (churn). Each part's evidence is
 * the record list filtered to the customer and the half-year.
 */
@Component
class OperationalRecordFigures implements OperationalInputs {

    private final RecordFiguresRepository records;
    private final DeliveryRepository deliveries;

    OperationalRecordFigures(RecordFiguresRepository records, DeliveryRepository deliveries) {
        this.records = records;
        this.deliveries = deliveries;
    }

    @Override
    public Record forPeriod(Period period) {
        return record(deliveries.totalsFor(period), records.customerRecords(period), records.customersLost(period));
    }

    @Override
    public Record forCustomers(Period period, Collection<Long> customers) {
        return record(deliveries.totalsFor(period, customers), records.customerRecords(period, customers),
                records.customersLost(period, customers));
    }

    private static Record record(List<DeliveryTotals> movements, List<CustomerRecords> recorded, List<Long> lost) {
        Map<Long, Counts> byCustomer = new HashMap<>();
        for (DeliveryTotals totals : movements) {
            byCustomer.put(totals.customerId(), new Counts(totals.delivered(), totals.returned(), 0, 0, 0, false));
        }
        for (CustomerRecords customer : recorded) {
            Counts moved = byCustomer.getOrDefault(customer.customerId(), Counts.NONE);
            byCustomer.put(customer.customerId(), new Counts(moved.delivered(), moved.returned(),
                    customer.lostBusinesses(), customer.praises(), customer.claims(), false));
        }
        for (long customerId : lost) {
            Counts c = byCustomer.get(customerId);
            byCustomer.put(customerId, new Counts(c.delivered(), c.returned(), c.lostBusinesses(), c.praises(),
                    c.claims(), true));
        }
        return new Record(byCustomer);
    }

    @Override
    public Optional<String> evidenceUrl(CompositePart part, long customerId, Period period) {
        String filter = "?customer=" + customerId + "&period=" + period;
        return switch (part) {
            case SURVEY -> Optional.empty();
            case PRODUCT_RETURNS -> Optional.of("/deliveries?customerId=" + customerId + "&period=" + period);
            case LOST_BUSINESS -> Optional.of("/records/lost-business" + filter);
            case PRAISE -> Optional.of("/records/praise" + filter);
            case CLAIMS -> Optional.of("/records/claims" + filter);
        };
    }
}
