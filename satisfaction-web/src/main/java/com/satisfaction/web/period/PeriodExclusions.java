package com.satisfaction.web.period;

import com.satisfaction.core.closing.ExclusionReason;
import com.satisfaction.core.closing.PeriodLifecycle;
import com.satisfaction.core.closing.PeriodStatus;
import com.satisfaction.core.period.Period;
import com.satisfaction.core.scoring.CompositeInput;
import com.satisfaction.core.scoring.CompositeScore;
import com.satisfaction.core.scoring.Score;
import com.satisfaction.core.scoring.SurveyScores;
import com.satisfaction.persistence.period.ExclusionRow;
import com.satisfaction.persistence.period.PeriodRepository;
import com.satisfaction.persistence.period.PeriodResponseRow;
import com.satisfaction.web.policy.CurrentPolicy;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Leaves a response out of scoring, or counts it again, while its period is live: only with a reason code (OTHER with
 * a text), under the period row's lock (so no close slips in between), and logged with the customer's composite
 * before → after.
 */
@Service
class PeriodExclusions {

    /** What became of a request: done (with the composite before → after as shown), or refused with a message key. */
    sealed interface Outcome {
    }

    record Done(String before, String after) implements Outcome {
    }

    record Refused(String reason) implements Outcome {
    }

    /** The response is not one of the period's (or of the customer's): nothing to do. */
    record NotFound() implements Outcome {
    }

    static final String EXCLUDED = "EXCLUDED";
    static final String RESTORED = "RESTORED";

    private final PeriodRepository periods;
    private final CurrentPolicy policy;
    private final OperationalInputs operational;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PeriodExclusions(PeriodRepository periods, CurrentPolicy policy, OperationalInputs operational,
                     TransactionTemplate transaction, Clock clock) {
        this.periods = periods;
        this.policy = policy;
        this.operational = operational;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Excludes the customer's response for {@code reason} (a reason code; OTHER needs {@code text}). */
    public Outcome exclude(Period period, long customerId, long responseId, String actor, String reason, String text) {
        Optional<ExclusionReason> code = ExclusionReason.fromName(reason);
        String explanation = text == null || text.isBlank() ? null : text.strip();
        if (code.isEmpty()) {
            return new Refused("periods.exclusion.reasonRequired");
        }
        if (code.get().needsText() && explanation == null) {
            return new Refused("periods.exclusion.textRequired");
        }
        if (explanation != null && explanation.length() > PeriodLifecycle.MAX_TEXT) {
            return new Refused("periods.exclusion.textTooLong");
        }
        return change(period, customerId, responseId, actor, EXCLUDED, code.get().name(), explanation);
    }

    /** Counts an excluded response again. */
    public Outcome restore(Period period, long customerId, long responseId, String actor) {
        return change(period, customerId, responseId, actor, RESTORED, null, null);
    }

    private Outcome change(Period period, long customerId, long responseId, String actor, String action,
                           String reason, String text) {
        String id = period.toString();
        try {
            transaction.executeWithoutResult(status -> periods.createIfAbsent(id));
        } catch (DataIntegrityViolationException madeConcurrently) {
            // the row exists, which is all this needed
        }
        return transaction.execute(status -> {
            if (periods.lockStatus(id).orElseThrow() == PeriodStatus.CLOSED) {
                return new Refused("periods.exclusion.refused.closed");
            }
            List<PeriodResponseRow> responses = periods.responsesOfCustomer(id, customerId);
            if (responses.stream().noneMatch(r -> r.id() == responseId)) {
                return new NotFound();
            }
            Optional<Score> before = composite(period, customerId, responses);
            boolean changed = action.equals(EXCLUDED) ? periods.exclude(id, responseId, reason, text)
                    : periods.restore(id, responseId);
            if (!changed) {
                return new Refused(action.equals(EXCLUDED) ? "periods.exclusion.refused.already"
                        : "periods.exclusion.refused.notExcluded");
            }
            Optional<Score> after = composite(period, customerId, periods.responsesOfCustomer(id, customerId));
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            periods.logExclusion(id, customerId, new ExclusionRow(responseId, action, reason, text, actor, now,
                    before.map(Score::toString).orElse(null), after.map(Score::toString).orElse(null)));
            return new Done(before.map(Score::display).orElse(null), after.map(Score::display).orElse(null));
        });
    }

    /** The customer's composite from their counted responses and operational record; empty when incomplete. */
    private Optional<Score> composite(Period period, long customerId, List<PeriodResponseRow> responses) {
        List<SurveyScores.UnitGroup> groups = responses.stream()
                .filter(r -> !r.excluded() && r.possibleUnits() != null)
                .map(r -> new SurveyScores.UnitGroup(r.possibleUnits(), r.earnedUnits(), 1))
                .toList();
        OperationalInputs.Counts counts = operational.forCustomers(period, Set.of(customerId)).of(customerId);
        CompositeInput input = CompositeInput.nothingRecorded()
                .withDelivered(counts.delivered()).withReturned(counts.returned())
                .withLostBusinesses(counts.lostBusinesses()).withPraises(counts.praises()).withClaims(counts.claims());
        CompositeInput withSurvey = SurveyScores.mean(groups).map(input::withMeanSurveyScore).orElse(input);
        return CompositeScore.of(withSurvey, policy.current()).total();
    }
}
