package com.satisfaction.web.period;

import com.satisfaction.core.period.Period;
import com.satisfaction.core.scoring.SurveyScores;
import com.satisfaction.persistence.period.AnswerTally;
import com.satisfaction.persistence.period.CustomerRecipients;
import com.satisfaction.persistence.period.CustomerSelection;
import com.satisfaction.persistence.period.PeriodRepository;
import com.satisfaction.persistence.period.RegisterEntry;
import com.satisfaction.persistence.period.ResponseGroup;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a half-year's scoring inputs for some or all customers with a few SQL aggregates (responses by points
 * possible, links, CSAT / NPS / CES answers by value, the operational record); never loads a response. Runs inside its
 * caller's transaction.
 */
@Component
class PeriodInputsLoader {

    private final PeriodRepository periods;
    private final OperationalInputs operational;

    PeriodInputsLoader(PeriodRepository periods, OperationalInputs operational) {
        this.periods = periods;
        this.operational = operational;
    }

    PeriodInputs load(Period period, CustomerSelection selection) {
        String id = period.toString();
        Map<Long, Builder> byCustomer = new HashMap<>();
        Builder outsiders = new Builder();
        for (ResponseGroup group : periods.responseGroups(id, selection)) {
            if (group.customerId() != null) {
                byCustomer.computeIfAbsent(group.customerId(), c -> new Builder()).add(group);
            }
        }
        for (CustomerRecipients links : periods.recipients(id, selection)) {
            (links.customerId() == null ? outsiders
                    : byCustomer.computeIfAbsent(links.customerId(), c -> new Builder())).recipients = links;
        }
        Map<Long, List<AnswerTally>> tallies = new HashMap<>();
        List<AnswerTally> outsiderTallies = new ArrayList<>();
        for (AnswerTally tally : periods.answerTallies(id, selection)) {
            (tally.customerId() == null ? outsiderTallies
                    : tallies.computeIfAbsent(tally.customerId(), c -> new ArrayList<>())).add(tally);
        }
        tallies.forEach((customer, rows) ->
                byCustomer.computeIfAbsent(customer, c -> new Builder()).indicators = IndicatorTallies.of(rows));
        OperationalInputs.Record record = selection.customers()
                .map(customers -> operational.forCustomers(period, customers))
                .orElseGet(() -> operational.forPeriod(period));
        record.byCustomer().forEach((customer, counts) ->
                byCustomer.computeIfAbsent(customer, c -> new Builder()).record = counts);

        Map<Long, CustomerInputs> inputs = new HashMap<>();
        byCustomer.forEach((customer, builder) -> {
            CustomerInputs built = builder.build();
            if (built.ofThePeriod()) {
                inputs.put(customer, built);
            }
        });
        Map<Long, RegisterEntry> register = new HashMap<>();
        for (RegisterEntry entry : periods.registerEntries(inputs.keySet())) {
            register.put(entry.id(), entry);
        }
        return new PeriodInputs(inputs, register, outsiders.recipients, IndicatorTallies.of(outsiderTallies));
    }

    private static final class Builder {
        long counted;
        long excluded;
        final List<SurveyScores.UnitGroup> scored = new ArrayList<>();
        IndicatorTallies indicators = IndicatorTallies.NONE;
        CustomerRecipients recipients = CustomerRecipients.NONE;
        OperationalInputs.Counts record = OperationalInputs.Counts.NONE;

        void add(ResponseGroup group) {
            if (!group.counted()) {
                excluded += group.responses();
                return;
            }
            counted += group.responses();
            if (group.possibleUnits() != null) {
                scored.add(new SurveyScores.UnitGroup(group.possibleUnits(), group.earnedUnits(), group.responses()));
            }
        }

        CustomerInputs build() {
            return new CustomerInputs(counted, excluded, scored, indicators, recipients, record);
        }
    }
}
