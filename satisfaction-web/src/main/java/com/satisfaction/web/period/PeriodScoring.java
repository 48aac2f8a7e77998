package com.satisfaction.web.period;

import com.satisfaction.core.period.Period;
import com.satisfaction.core.scoring.CompositeInput;
import com.satisfaction.core.scoring.CompositeScore;
import com.satisfaction.core.scoring.PeriodSummary;
import com.satisfaction.core.scoring.PolicyText;
import com.satisfaction.core.scoring.ReviewFlag;
import com.satisfaction.core.scoring.Score;
import com.satisfaction.core.scoring.ScoringPolicy;
import com.satisfaction.core.scoring.SurveyScores;
import com.satisfaction.core.scoring.Verdict;
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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scores a half-year from its inputs (SPEC §4.6–4.8): the core per customer, then the period's figures. A page scores
 * the {@link LivePeriodInputs live inputs}, keeps the result while neither they, the scoring policy nor the mail
 * settings change, and when only some customers' inputs changed scores only those again (exact arithmetic over
 * 10,000 customers is what a page cannot afford each time); a close scores inputs read afresh.
 */
@Component
class PeriodScoring {

    private record Scored(PeriodInputs inputs, int policyVersion, boolean outboxDelivers, PeriodResult result,
                          Map<Long, CustomerScoring> customers, PeriodSummary summary) {
    }

    /** One customer's scores under one policy, worked out once, kept with the very inputs they came from. */
    private record CustomerScoring(CustomerInputs inputs, Optional<Score> surveyMean, CompositeScore composite,
                                   Optional<Score> total, Verdict verdict, Optional<SatisfactionLevel> level,
                                   Set<ReviewFlag> flags) {

        static CustomerScoring of(CustomerInputs inputs, ScoringPolicy policy) {
            Optional<Score> mean = SurveyScores.mean(inputs.scored());
            CompositeScore composite = CompositeScore.of(inputOf(inputs, mean), policy);
            Optional<Score> total = composite.total();
            return new CustomerScoring(inputs, mean, composite, total, composite.verdict(),
                    total.map(t -> SatisfactionLevel.of(t, policy)), composite.reviewFlags());
        }

        /** This customer's share of the period summary (SPEC §4.7), as a summary of one. */
        PeriodSummary share() {
            return total.map(t -> new PeriodSummary(1, verdict == Verdict.SATISFIED ? 1 : 0, 0, t))
                    .orElseGet(() -> new PeriodSummary(0, 0, 1, Score.ZERO));
        }
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
        boolean samePolicy = last != null && last.policyVersion() == version.number();
        if (samePolicy && last.inputs() == inputs && last.outboxDelivers() == outboxDelivers) {
            return last.result();
        }
        Scored scored = score(period, inputs, version, outboxDelivers, samePolicy ? last : null);
        lastScored.put(period.toString(), scored);
        return scored.result();
    }

    /** The period scored from inputs read now, never from memory: what a close freezes. */
    PeriodResult fresh(Period period) {
        return score(period, loader.load(period, CustomerSelection.everyone()), currentPolicy.currentVersion(),
                mail.hasServer(), null).result();
    }

    /**
     * Scores the inputs; with an {@code earlier} scoring under the same policy, only the customers whose inputs are not
     * the very same are scored again, and the period summary is that one's, corrected for them.
     */
    private static Scored score(Period period, PeriodInputs inputs, PolicyVersion version, boolean outboxDelivers,
                                Scored earlier) {
        ScoringPolicy policy = version.policy();
        Map<Long, CustomerScoring> before = earlier == null ? Map.of() : earlier.customers();
        List<RegisterEntry> customers = new ArrayList<>(inputs.register().values());
        customers.sort(Comparator.comparing(RegisterEntry::code));

        Map<Long, CustomerScoring> scored = new HashMap<>();
        List<ValuedCustomer<Long>> valued = new ArrayList<>();
        for (RegisterEntry customer : customers) {
            CustomerInputs own = inputs.customers().get(customer.id());
            CustomerScoring scoring = before.get(customer.id());
            if (scoring == null || scoring.inputs() != own) {
                scoring = CustomerScoring.of(own, policy);
            }
            scored.put(customer.id(), scoring);
            scoring.total().ifPresent(total -> valued.add(new ValuedCustomer<>(customer.id(), customer.code(),
                    customer.annualValue() == null ? BigDecimal.ZERO : customer.annualValue(), total)));
        }
        Segmentation<Long> grid = Segmentation.of(valued, policy);
        PeriodSummary summary = summary(earlier, scored);

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
            CustomerScoring scoring = scored.get(customer.id());
            CustomerInputs own = scoring.inputs();
            CompositeScore composite = scoring.composite();
            OperationalInputs.Counts counts = own.record();
            boolean answered = own.counted() > 0;
            scores.add(new CustomerScore(customer, answered, own.scoredResponses(), scoring.surveyMean(),
                    counts.delivered(), counts.returned(), counts.lostBusinesses(), counts.praises(), counts.claims(),
                    new CustomerScore.Parts(composite.survey().points(), composite.productReturns().points(),
                            composite.lostBusiness().points(), composite.praise().points(),
                            composite.claims().points()),
                    scoring.total(), scoring.verdict(), scoring.level(), grid.segmentOf(customer.id()),
                    scoring.flags()));
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

        PeriodCounts counts = new PeriodCounts(customers.size(), summary.customersWithComposite(),
                summary.satisfiedCustomers(), summary.sumOfComposites(), sent, answeredLinks,
                keyAccounts, keyAccountsAnswered, indicators.csatPositive(), indicators.csatAnswers(),
                indicators.csatMean(), indicators.npsPromoters(), indicators.npsPassives(),
                indicators.npsDetractors(), indicators.cesPositive(), indicators.cesAnswers(), indicators.cesSum(),
                customersLost, delivered, returned);
        SnapshotHeader header = new SnapshotHeader(0, period.toString(), null, null, null,
                String.valueOf(version.number()), PolicyText.write(policy), policy.targets().satisfactionRate(),
                policy.targets().responseRate(), counts, null, null);
        return new Scored(inputs, version.number(), outboxDelivers, new PeriodResult(header, scores), scored, summary);
    }

    /**
     * The summary of the customers scored: the earlier one less the customers no longer scored the same and plus those
     * scored anew (summing 10,000 exact composites again is most of a page's work), or summed afresh.
     */
    private static PeriodSummary summary(Scored earlier, Map<Long, CustomerScoring> scored) {
        if (earlier == null) {
            return PeriodSummary.of(scored.values().stream().map(CustomerScoring::composite).toList());
        }
        PeriodSummary summary = earlier.summary();
        for (Map.Entry<Long, CustomerScoring> was : earlier.customers().entrySet()) {
            if (scored.get(was.getKey()) != was.getValue()) {
                summary = summary.minus(was.getValue().share());
            }
        }
        for (Map.Entry<Long, CustomerScoring> now : scored.entrySet()) {
            if (earlier.customers().get(now.getKey()) != now.getValue()) {
                summary = summary.plus(now.getValue().share());
            }
        }
        return summary;
    }

    private static CompositeInput inputOf(CustomerInputs own, Optional<Score> surveyMean) {
        OperationalInputs.Counts counts = own.record();
        CompositeInput input = CompositeInput.nothingRecorded()
                .withDelivered(counts.delivered()).withReturned(counts.returned())
                .withLostBusinesses(counts.lostBusinesses()).withPraises(counts.praises()).withClaims(counts.claims());
        return surveyMean.map(input::withMeanSurveyScore).orElse(input);
    }
}
