package com.satisfaction.web.period;

import com.satisfaction.persistence.period.CustomerRecipients;
import com.satisfaction.persistence.period.RegisterEntry;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a live half-year is scored from, read from the database (see {@link PeriodInputsLoader}): the customers of the
 * period with their register entries and inputs, and the links and answers of campaign recipients in no register
 * entry (they count in the response rate and the CSAT / NPS / CES figures, not in any composite). Immutable.
 *
 * @param customers          the customers of the period, by id
 * @param register           their register entries as they are now, by id
 * @param outsiderRecipients links of recipients in no register entry
 * @param outsiderIndicators CSAT / NPS / CES answers of those recipients
 */
record PeriodInputs(Map<Long, CustomerInputs> customers, Map<Long, RegisterEntry> register,
                    CustomerRecipients outsiderRecipients, IndicatorTallies outsiderIndicators) {

    PeriodInputs {
        customers = Map.copyOf(customers);
        register = Map.copyOf(register);
    }

    /**
     * These inputs with those of {@code reloaded} customers (and the outsiders, when {@code outsidersReloaded})
     * replaced by {@code fresh}, which was read for exactly those; a reloaded customer missing from it is no longer
     * of the period.
     */
    PeriodInputs replacing(Set<Long> reloaded, boolean outsidersReloaded, PeriodInputs fresh) {
        Map<Long, CustomerInputs> inputs = new HashMap<>(customers);
        Map<Long, RegisterEntry> entries = new HashMap<>(register);
        inputs.keySet().removeAll(reloaded);
        entries.keySet().removeAll(reloaded);
        inputs.putAll(fresh.customers);
        entries.putAll(fresh.register);
        return outsidersReloaded
                ? new PeriodInputs(inputs, entries, fresh.outsiderRecipients, fresh.outsiderIndicators)
                : new PeriodInputs(inputs, entries, outsiderRecipients, outsiderIndicators);
    }
}
