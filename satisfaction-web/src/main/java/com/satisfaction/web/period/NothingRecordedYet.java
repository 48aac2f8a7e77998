package com.satisfaction.web.period;

import com.satisfaction.core.period.Period;
import com.satisfaction.core.scoring.CompositePart;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;

/**
 * The operational record while the application keeps none: the tables of deliveries, returns, lost business, praise
 * and claims arrive with issue 11 (the operational record), which replaces this with SQL aggregates over them. Until
 * then every customer has no delivery (the return part is "no data"), nothing lost, no praise and no claim — SPEC §4.6
 * reads an empty record exactly so.
 */
@Component
class NothingRecordedYet implements OperationalInputs {

    @Override
    public Record forPeriod(Period period) {
        return new Record(Map.of(), 0);
    }

    @Override
    public Optional<String> evidenceUrl(CompositePart part, long customerId, Period period) {
        return Optional.empty();
    }
}
