package com.satisfaction.web.report;

import com.satisfaction.core.closing.PeriodStatus;
import com.satisfaction.core.period.Period;
import com.satisfaction.persistence.period.PeriodRecord;
import com.satisfaction.persistence.period.PeriodRepository;
import com.satisfaction.persistence.report.PeriodReportRecord;
import com.satisfaction.persistence.report.PeriodReportRepository;
import com.satisfaction.web.period.PeriodReopened;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The report's conclusion: saved while it is not signed off; signed off by the quality manager once the period is
 * closed and a conclusion is written, on the period's snapshot; the sign-off cleared (and logged) when the period is
 * re-opened, in the re-open's own transaction. Each step holds the period's row lock (as close and re-open do), so
 * none of them interleave.
 */
@Service
class ReportConclusions {

    /** What became of a save or a sign-off. */
    enum Outcome {
        SAVED, SIGNED, ALREADY_SIGNED, NOT_CLOSED, NOTHING_TO_SIGN
    }

    static final String SAVED = "SAVED";
    static final String SIGNED = "SIGNED";
    static final String SIGNATURE_CLEARED = "SIGNATURE_CLEARED";

    private final PeriodReportRepository reports;
    private final PeriodRepository periods;
    private final Clock clock;

    ReportConclusions(PeriodReportRepository reports, PeriodRepository periods, Clock clock) {
        this.reports = reports;
        this.periods = periods;
        this.clock = clock;
    }

    @Transactional
    public Outcome save(Period period, ConclusionForm form, String actor) {
        String id = period.toString();
        periods.lockStatus(id);
        Instant now = now();
        reports.createIfAbsent(id, now, actor);
        if (reports.lockSigned(id).orElseThrow()) {
            return Outcome.ALREADY_SIGNED;
        }
        reports.updateConclusion(id, ConclusionForm.stored(form.conclusion()), ConclusionForm.stored(form.measures()),
                ConclusionForm.stored(form.nextTargets()), now, actor);
        reports.logEvent(id, now, actor, SAVED);
        return Outcome.SAVED;
    }

    @Transactional
    public Outcome signOff(Period period, String actor) {
        String id = period.toString();
        if (periods.lockStatus(id).orElse(PeriodStatus.OPEN) != PeriodStatus.CLOSED) {
            return Outcome.NOT_CLOSED;
        }
        Optional<Boolean> signed = reports.lockSigned(id);
        if (signed.orElse(false)) {
            return Outcome.ALREADY_SIGNED;
        }
        if (reports.findById(id).map(PeriodReportRecord::getConclusion).isEmpty()) {
            return Outcome.NOTHING_TO_SIGN;
        }
        long snapshot = periods.findById(id).map(PeriodRecord::getSnapshotId).orElseThrow();
        Instant now = now();
        reports.signOff(id, now, actor, snapshot);
        reports.logEvent(id, now, actor, SIGNED);
        return Outcome.SIGNED;
    }

    /** A re-opened period's report is a draft again: its sign-off no longer stands. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void clearSignOff(PeriodReopened reopened) {
        String id = reopened.period().toString();
        if (reports.clearSignOff(id)) {
            reports.logEvent(id, reopened.at(), reopened.actor(), SIGNATURE_CLEARED);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
