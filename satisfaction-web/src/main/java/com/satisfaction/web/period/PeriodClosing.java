package com.satisfaction.web.period;

import com.satisfaction.core.closing.GateResult;
import com.satisfaction.core.closing.PeriodLifecycle;
import com.satisfaction.core.closing.PeriodStatus;
import com.satisfaction.core.closing.PeriodTransition;
import com.satisfaction.core.closing.SnapshotText;
import com.satisfaction.core.closing.Waiver;
import com.satisfaction.core.period.Period;
import com.satisfaction.persistence.period.PeriodRepository;
import com.satisfaction.persistence.period.SnapshotHeader;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Closes and re-opens half-years. A close runs under the period row's lock, in one transaction: score live, check the
 * gate (core), write the snapshot (the period and every customer) and its SHA-256, mark the period closed and log it.
 * Two concurrent closes queue on the lock; the second finds the period closed and stores nothing.
 */
@Service
public class PeriodClosing {

    /** What became of a request to close. */
    public sealed interface CloseOutcome {
    }

    /** Closed, with the snapshot's hash; {@code waived} when the close rests on a waiver. */
    public record Closed(String sha256, boolean waived) implements CloseOutcome {
    }

    /** Below the gate and no waiver given: nothing stored. */
    public record BelowGate(List<GateResult.Shortfall> shortfalls) implements CloseOutcome {
    }

    /** The period is closed already (e.g. by a concurrent close): nothing stored. */
    public record AlreadyClosed() implements CloseOutcome {
    }

    /** What became of a request to re-open: done, or refused with a message key. */
    sealed interface ReopenOutcome {
    }

    record Reopened() implements ReopenOutcome {
    }

    record ReopenRefused(String reason) implements ReopenOutcome {
    }

    static final String CLOSED = "CLOSED";
    static final String CLOSED_WITH_WAIVER = "CLOSED_WITH_WAIVER";
    static final String RE_OPENED = "RE_OPENED";

    private final PeriodRepository periods;
    private final PeriodScoring scoring;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PeriodClosing(PeriodRepository periods, PeriodScoring scoring, TransactionTemplate transaction, Clock clock,
                  ApplicationEventPublisher events) {
        this.periods = periods;
        this.scoring = scoring;
        this.transaction = transaction;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Closes the period as {@code actor}; a waiver reason (not blank) is used only when the gate is not met.
     *
     * @throws IllegalArgumentException when the waiver reason is longer than {@link PeriodLifecycle#MAX_TEXT}
     */
    public CloseOutcome close(Period period, String actor, Optional<String> waiverReason) {
        Optional<Waiver> waiver = waiverReason.filter(reason -> !reason.isBlank())
                .map(reason -> new Waiver(actor, reason.strip()));
        ensureRow(period);
        return transaction.execute(status -> {
            String id = period.toString();
            PeriodStatus from = periods.lockStatus(id).orElseThrow();
            PeriodResult live = scoring.fresh(period);
            GateResult gate = PeriodViews.gate(live.header(), waiver);
            PeriodTransition transition = PeriodLifecycle.close(from, gate);
            if (transition instanceof PeriodTransition.Refused) {
                return from == PeriodStatus.CLOSED ? new AlreadyClosed() : new BelowGate(gate.shortfalls());
            }
            if (!(transition instanceof PeriodTransition.Allowed)) {
                throw new IllegalStateException("Unhandled transition " + transition);
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            SnapshotHeader h = live.header();
            Optional<Waiver> used = gate.waived() ? gate.waiver() : Optional.empty();
            SnapshotHeader header = new SnapshotHeader(0, id, now, actor, null, h.policyVersion(), h.policyText(),
                    h.satisfactionTarget(), h.responseTarget(), h.counts(),
                    used.map(Waiver::grantedBy).orElse(null), used.map(Waiver::reason).orElse(null));
            PeriodResult closing = new PeriodResult(header, live.customers());
            String sha256 = SnapshotCodec.of(closing).sha256();
            long snapshotId = periods.insertSnapshot(header.withIdAndHash(0, sha256));
            periods.insertSnapshotCustomers(snapshotId, closing.customers());
            requireStoredAsHashed(snapshotId, sha256);
            periods.markClosed(id, snapshotId, now, actor);
            periods.logEvent(id, now, actor, used.isPresent() ? CLOSED_WITH_WAIVER : CLOSED, from,
                    PeriodStatus.CLOSED, used.map(Waiver::reason).orElse(null), snapshotId);
            return new Closed(sha256, used.isPresent());
        });
    }

    /**
     * Re-opens a closed period as {@code actor} for the reason given; its scores are live again. Publishes
     * {@link PeriodReopened} inside the transaction, so what other features undo with it commits or rolls back with it.
     */
    public ReopenOutcome reopen(Period period, String actor, String reason) {
        return transaction.execute(status -> {
            String id = period.toString();
            PeriodStatus from = periods.lockStatus(id).orElse(PeriodStatus.OPEN);
            PeriodTransition transition = PeriodLifecycle.reopen(from, reason);
            if (transition instanceof PeriodTransition.Refused refused) {
                return new ReopenRefused(refused.reason());
            }
            if (!(transition instanceof PeriodTransition.Allowed allowed)) {
                throw new IllegalStateException("Unhandled transition " + transition);
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            String why = reason.strip();
            periods.markReopened(id, now, actor, why);
            periods.logEvent(id, now, actor, RE_OPENED, from, allowed.to(), why, null);
            events.publishEvent(new PeriodReopened(period, now, actor));
            return new Reopened();
        });
    }

    /** The period's row exists before the close locks it; two first closes racing to make it are both fine. */
    private void ensureRow(Period period) {
        try {
            transaction.executeWithoutResult(status -> periods.createIfAbsent(period.toString()));
        } catch (DataIntegrityViolationException madeByAConcurrentClose) {
            // the other close made it: the row exists, which is all this needed
        }
    }

    /** The rows as stored serialise to the text that was hashed, or the close is rolled back. */
    private void requireStoredAsHashed(long snapshotId, String sha256) {
        SnapshotHeader stored = periods.snapshot(snapshotId).orElseThrow();
        String again = SnapshotText.sha256(SnapshotCodec.of(
                new PeriodResult(stored, periods.snapshotCustomers(snapshotId))).text());
        if (!again.equals(sha256)) {
            throw new IllegalStateException("snapshot " + snapshotId + " reads back as " + again + ", not " + sha256);
        }
    }
}
