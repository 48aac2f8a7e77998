package com.satisfaction.web.period;

import com.satisfaction.core.period.Period;
import com.satisfaction.core.scoring.CompositeInput;
import com.satisfaction.core.scoring.CompositeScore;
import com.satisfaction.core.scoring.PeriodSummary;
import com.satisfaction.core.scoring.PolicyText;
import com.satisfaction.core.scoring.Score;
import com.satisfaction.core.scoring.ScoringPolicy;
import com.satisfaction.core.scoring.SurveyScores;
import com.satisfaction.core.segmentation.SatisfactionLevel;
import com.satisfaction.core.segmentation.Segmentation;
import com.satisfaction.core.segmentation.ValuedCustomer;
import com.satisfaction.persistence.period.CustomerScore;
import com.satisfaction.persistence.period.CustomerSelection;
import com.satisfaction.persistence.period.PeriodCounts;
import com.satisfaction.persistence.period.RegisterEntry;
import com.satisfaction.persistence.period.SnapshotHeader;
import com.satisfaction.web.mail.MailSettings;
import com.satisfaction.web.policy.CurrentPolicy;
import com.satisfaction.web.policy.PolicyVersion;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scores a half-year from its inputs (SPEC §4.6–4.8): the core per customer, then the period's figures. A page scores
 * the {@link LivePeriodInputs live inputs}, and keeps the result while neither they, the scoring policy nor the mail
 * settings change; a close scores inputs read afresh.
 */
@Component
class PeriodScoring {

    private record Scored(PeriodInputs inputs, int policyVersion, boolean outboxDelivers, PeriodResult result) {
    }

    private final LivePeriodInputs live;
    private final PeriodInputsLoader loader;
    private final CurrentPolicy currentPolicy;
    private final MailSettings mail;
    private final Map<String, Scored> lastScored = new ConcurrentHashMap<>();

    PeriodScoring(LivePeriodInputs live, PeriodInputsLoader loader, CurrentPolicy currentPolicy, MailSettings mail) {
        this.live = live;
        this.loader = loader;
        this.currentPolicy = currentPolicy;
        this.mail = mail;
    }

    /** The period scored now under the scoring policy in force; call inside a transaction. */
    PeriodResult live(Period period) {
        PeriodInputs inputs = live.current(period);
        PolicyVersion version = currentPolicy.currentVersion();
        boolean outboxDelivers = mail.hasServer();
        Scored last = lastScored.get(period.toString());
        if (last != null && last.inputs() == inputs && last.policyVersion() == version.number()
                && last.outboxDelivers() == outboxDelivers) {
            return last.result();
        }
        PeriodResult result = score(period, inputs, version, outboxDelivers);
        lastScored.put(period.toString(), new Scored(inputs, version.number(), outboxDelivers, result));
        return result;
    }

    /** The period scored from inputs read now, never from memory: what a close freezes. */
    PeriodResult fresh(Period period) {
        return score(period, loader.load(period, CustomerSelection.everyone()), currentPolicy.currentVersion(),
                mail.hasServer());
    }

    private static PeriodResult score(Period period, PeriodInputs inputs, PolicyVersion version,
                                      boolean outboxDelivers) {
        ScoringPolicy policy = version.policy();
        List<RegisterEntry> customers = new ArrayList<>(inputs.register().values());
        customers.sort(Comparator.comparing(RegisterEntry::code));

        Map<Long, CompositeScore> composites = new HashMap<>();
        List<ValuedCustomer<Long>> valued = new ArrayList<>();
        for (RegisterEntry customer : customers) {
            CompositeScore composite = CompositeScore.of(inputOf(inputs.customers().get(customer.id())), policy);
            composites.put(customer.id(), composite);
            composite.total().ifPresent(total -> valued.add(new ValuedCustomer<>(customer.id(), customer.code(),
                    customer.annualValue() == null ? BigDecimal.ZERO : customer.annualValue(), total)));
        }
        Segmentation<Long> grid = Segmentation.of(valued, policy);

        List<CustomerScore> scores = new ArrayList<>(customers.size());
        long keyAccounts = 0;
        long keyAccountsAnswered = 0;
        long delivered = 0;
        long returned = 0;
        long customersLost = 0;
        long sent = inputs.outsiderRecipients().sent(outboxDelivers);
        long answeredLinks = inputs.outsiderRecipients().answered();
        IndicatorTallies indicators = inputs.outsiderIndicators();
        for (RegisterEntry customer : customers) {
            CustomerInputs own = inputs.customers().get(customer.id());
            CompositeScore composite = composites.get(customer.id());
            OperationalInputs.Counts counts = own.record();
            boolean answered = own.counted() > 0;
            Optional<Score> total = composite.total();
            scores.add(new CustomerScore(customer, answered, own.scoredResponses(), SurveyScores.mean(own.scored()),
                    counts.delivered(), counts.returned(), counts.lostBusinesses(), counts.praises(), counts.claims(),
                    new CustomerScore.Parts(composite.survey().points(), composite.productReturns().points(),
                            composite.lostBusiness().points(), composite.praise().points(),
                            composite.claims().points()),
                    total, composite.verdict(), total.map(t -> SatisfactionLevel.of(t, policy)),
                    grid.segmentOf(customer.id()), composite.reviewFlags()));
            if (customer.keyAccount()) {
                keyAccounts++;
                if (answered) {
                    keyAccountsAnswered++;
                }
            }
            delivered = Math.addExact(delivered, counts.delivered());
            returned = Math.addExact(returned, counts.returned());
            customersLost += counts.customerLost() ? 1 : 0;
            sent += own.recipients().sent(outboxDelivers);
            answeredLinks += own.recipients().answered();
            indicators = indicators.plus(own.indicators());
        }

        PeriodSummary summary = PeriodSummary.of(composites.values());
        PeriodCounts counts = new PeriodCounts(customers.size(), summary.customersWithComposite(),
                summary.satisfiedCustomers(), summary.sumOfComposites(), sent, answeredLinks,
                keyAccounts, keyAccountsAnswered, indicators.csatPositive(), indicators.csatAnswers(),
                indicators.csatMean(), indicators.npsPromoters(), indicators.npsPassives(),
                indicators.npsDetractors(), indicators.cesPositive(), indicators.cesAnswers(), indicators.cesSum(),
                customersLost, delivered, returned);
        SnapshotHeader header = new SnapshotHeader(0, period.toString(), null, null, null,
                String.valueOf(version.number()), PolicyText.write(policy), policy.targets().satisfactionRate(),
                policy.targets().responseRate(), counts, null, null);
        return new PeriodResult(header, scores);
    }

    private static CompositeInput inputOf(CustomerInputs own) {
        OperationalInputs.Counts counts = own.record();
        CompositeInput input = CompositeInput.nothingRecorded()
                .withDelivered(counts.delivered()).withReturned(counts.returned())
                .withLostBusinesses(counts.lostBusinesses()).withPraises(counts.praises()).withClaims(counts.claims());
        return SurveyScores.mean(own.scored()).map(input::withMeanSurveyScore).orElse(input);
    }
}
