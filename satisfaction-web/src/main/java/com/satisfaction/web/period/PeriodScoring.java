package com.satisfaction.web.period;

import com.satisfaction.core.period.Period;
import com.satisfaction.core.scoring.Ces;
import com.satisfaction.core.scoring.CompositeInput;
import com.satisfaction.core.scoring.CompositeScore;
import com.satisfaction.core.scoring.Nps;
import com.satisfaction.core.scoring.PartScore;
import com.satisfaction.core.scoring.PeriodSummary;
import com.satisfaction.core.scoring.PolicyText;
import com.satisfaction.core.scoring.Score;
import com.satisfaction.core.scoring.ScoringPolicy;
import com.satisfaction.core.scoring.SurveyScores;
import com.satisfaction.core.segmentation.SatisfactionLevel;
import com.satisfaction.core.segmentation.Segmentation;
import com.satisfaction.core.segmentation.ValuedCustomer;
import com.satisfaction.core.survey.Scale;
import com.satisfaction.persistence.period.AnswerTally;
import com.satisfaction.persistence.period.CustomerResponses;
import com.satisfaction.persistence.period.CustomerScore;
import com.satisfaction.persistence.period.PeriodCounts;
import com.satisfaction.persistence.period.PeriodRepository;
import com.satisfaction.persistence.period.RecipientCounts;
import com.satisfaction.persistence.period.RegisterEntry;
import com.satisfaction.persistence.period.SnapshotHeader;
import com.satisfaction.web.mail.MailSettings;
import com.satisfaction.web.policy.CurrentPolicy;
import com.satisfaction.web.policy.PolicyVersion;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scores a half-year live from the database (SPEC §4.6–4.8): a few SQL aggregates (responses per customer and points
 * possible, recipients, CSAT / NPS / CES answers per value) and the operational record, then the core per customer.
 * Runs inside its caller's transaction; never loads a response.
 *
 * <p>The customers of a period are those its campaigns invited, those with a response in it and those with an
 * operational record in it: the campaigns are the manager's statement of who is surveyed for the half-year (by default
 * every active customer), while the register's "active" flag says only what is true today, not who was a customer then.
 */
@Component
class PeriodScoring {

    private final PeriodRepository periods;
    private final OperationalInputs operational;
    private final CurrentPolicy currentPolicy;
    private final MailSettings mail;

    PeriodScoring(PeriodRepository periods, OperationalInputs operational, CurrentPolicy currentPolicy,
                  MailSettings mail) {
        this.periods = periods;
        this.operational = operational;
        this.currentPolicy = currentPolicy;
        this.mail = mail;
    }

    /**
     * The period scored now under the scoring policy in force (its latest version, with its targets); call inside a
     * transaction.
     */
    PeriodResult live(Period period) {
        PolicyVersion version = currentPolicy.currentVersion();
        ScoringPolicy policy = version.policy();
        String id = period.toString();
        OperationalInputs.Record record = operational.forPeriod(period);
        Map<Long, RegisterEntry> register = new LinkedHashMap<>();
        periods.customersOfPeriod(id).forEach(entry -> register.put(entry.id(), entry));
        Set<Long> recordedOnly = new HashSet<>(record.byCustomer().keySet());
        recordedOnly.removeAll(register.keySet());
        if (!recordedOnly.isEmpty()) {
            periods.registerEntries(recordedOnly).forEach(entry -> register.put(entry.id(), entry));
        }
        List<RegisterEntry> customers = new ArrayList<>(register.values());
        customers.sort(Comparator.comparing(RegisterEntry::code));

        Map<Long, CustomerResponses> responses = periods.responsesByCustomer(id);
        Map<Long, CompositeScore> composites = new LinkedHashMap<>();
        List<ValuedCustomer<Long>> valued = new ArrayList<>();
        for (RegisterEntry customer : customers) {
            CompositeScore composite = CompositeScore.of(inputOf(customer, responses, record), policy);
            composites.put(customer.id(), composite);
            composite.total().ifPresent(total -> valued.add(new ValuedCustomer<>(customer.id(), customer.code(),
                    customer.annualValue() == null ? BigDecimal.ZERO : customer.annualValue(), total)));
        }
        Segmentation<Long> grid = Segmentation.of(valued, policy);

        List<CustomerScore> scores = new ArrayList<>();
        long keyAccounts = 0;
        long keyAccountsAnswered = 0;
        long delivered = 0;
        long returned = 0;
        for (RegisterEntry customer : customers) {
            CompositeScore composite = composites.get(customer.id());
            CustomerResponses own = responses.get(customer.id());
            OperationalInputs.Counts counts = record.of(customer.id());
            boolean answered = own != null && own.responses() > 0;
            Optional<Score> total = composite.total();
            scores.add(new CustomerScore(customer, answered, own == null ? 0 : own.scored(),
                    own == null ? Optional.empty() : SurveyScores.mean(own.groups()), counts.delivered(),
                    counts.returned(), counts.lostBusinesses(), counts.praises(), counts.claims(),
                    new CustomerScore.Parts(points(composite.survey()), points(composite.productReturns()),
                            points(composite.lostBusiness()), points(composite.praise()), points(composite.claims())),
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
        }

        PeriodSummary summary = PeriodSummary.of(composites.values());
        RecipientCounts recipients = periods.recipientCounts(id, !mail.hasServer());
        Tallies tallies = Tallies.of(periods.answerTallies(id));
        PeriodCounts counts = new PeriodCounts(customers.size(), summary.customersWithComposite(),
                summary.satisfiedCustomers(), summary.sumOfComposites(), recipients.sent(), recipients.answered(),
                keyAccounts, keyAccountsAnswered, tallies.csatPositive, tallies.csatAnswers, tallies.csatMean(),
                tallies.npsPromoters, tallies.npsPassives, tallies.npsDetractors, tallies.cesPositive,
                tallies.cesAnswers, tallies.cesSum, record.customersLost(), delivered, returned);
        SnapshotHeader header = new SnapshotHeader(0, id, null, null, null, String.valueOf(version.number()),
                PolicyText.write(policy), policy.targets().satisfactionRate(), policy.targets().responseRate(),
                counts, null, null);
        return new PeriodResult(header, scores);
    }

    private static CompositeInput inputOf(RegisterEntry customer, Map<Long, CustomerResponses> responses,
                                          OperationalInputs.Record record) {
        OperationalInputs.Counts counts = record.of(customer.id());
        CompositeInput input = CompositeInput.nothingRecorded()
                .withDelivered(counts.delivered()).withReturned(counts.returned())
                .withLostBusinesses(counts.lostBusinesses()).withPraises(counts.praises()).withClaims(counts.claims());
        CustomerResponses own = responses.get(customer.id());
        Optional<Score> mean = own == null ? Optional.empty() : SurveyScores.mean(own.groups());
        return mean.map(input::withMeanSurveyScore).orElse(input);
    }

    private static Optional<Score> points(PartScore part) {
        return part.points();
    }

    /** The CSAT, NPS and CES answers of a period counted from the per-value aggregate. */
    private static final class Tallies {
        long csatPositive;
        long csatAnswers;
        long csatSum;
        final Set<String> csatScales = new HashSet<>();
        long npsPromoters;
        long npsPassives;
        long npsDetractors;
        long cesPositive;
        long cesAnswers;
        long cesSum;

        static Tallies of(List<AnswerTally> rows) {
            Tallies t = new Tallies();
            for (AnswerTally row : rows) {
                long n = row.answers();
                int value = row.value();
                switch (row.type()) {
                    case "CSAT" -> {
                        if (row.scale() == null) {
                            continue; // a CSAT question without a scale has no positive threshold to count against
                        }
                        Scale scale = Scale.valueOf(row.scale());
                        int threshold = row.positiveThreshold() == null ? scale.defaultPositiveThreshold()
                                : row.positiveThreshold();
                        t.csatAnswers += n;
                        t.csatSum += n * value;
                        t.csatScales.add(row.scale());
                        if (value >= threshold) {
                            t.csatPositive += n;
                        }
                    }
                    case "NPS" -> {
                        if (value >= Nps.PROMOTER_FROM) {
                            t.npsPromoters += n;
                        } else if (value >= Nps.PASSIVE_FROM) {
                            t.npsPassives += n;
                        } else {
                            t.npsDetractors += n;
                        }
                    }
                    case "CES" -> {
                        t.cesAnswers += n;
                        t.cesSum += n * value;
                        if (value >= Ces.POSITIVE_FROM) {
                            t.cesPositive += n;
                        }
                    }
                    default -> throw new IllegalStateException("answer tally of type " + row.type());
                }
            }
            return t;
        }

        /** The mean CSAT answer when every answer is on one scale; a mean across scales means nothing. */
        Optional<Score> csatMean() {
            return csatAnswers > 0 && csatScales.size() == 1 ? Optional.of(Score.ratio(csatSum, csatAnswers))
                    : Optional.empty();
        }
    }
}
