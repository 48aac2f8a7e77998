package com.satisfaction.web.period;

import com.satisfaction.core.closing.PeriodStatus;
import com.satisfaction.core.period.Period;
import com.satisfaction.core.scoring.Score;
import com.satisfaction.core.scoring.SurveyScore;
import com.satisfaction.persistence.action.FlagActionRow;
import com.satisfaction.persistence.action.ImprovementActionRepository;
import com.satisfaction.persistence.period.CustomerScore;
import com.satisfaction.persistence.period.PeriodListRow;
import com.satisfaction.persistence.period.PeriodRecord;
import com.satisfaction.persistence.period.PeriodRepository;
import com.satisfaction.persistence.period.SnapshotHeader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * Reads periods for their pages, each in one read-only transaction: a live period is scored now; a closed one is read
 * from its snapshot only, so nothing changed since (register, records, policy) moves a digit of it.
 */
@Service
public class PeriodPages {

    static final int PAGE_SIZE = 50;

    private final PeriodRepository periods;
    private final PeriodScoring scoring;
    private final OperationalInputs operational;
    private final ImprovementActionRepository actions;

    PeriodPages(PeriodRepository periods, PeriodScoring scoring, OperationalInputs operational,
                ImprovementActionRepository actions) {
        this.periods = periods;
        this.scoring = scoring;
        this.operational = operational;
        this.actions = actions;
    }

    @Transactional(readOnly = true)
    public List<PeriodListRow> list() {
        return periods.periods();
    }

    @Transactional(readOnly = true)
    public PeriodPage page(Period period, int page) {
        return read(period, page, PAGE_SIZE);
    }

    /** The period's page with every customer on it (for the printed report), live or from the snapshot. */
    @Transactional(readOnly = true)
    public PeriodPage whole(Period period) {
        return read(period, 0, Integer.MAX_VALUE);
    }

    private PeriodPage read(Period period, int page, int pageSize) {
        Optional<PeriodRecord> record = periods.findById(period.toString());
        PeriodStatus status = record.map(PeriodRecord::getStatus).orElse(PeriodStatus.OPEN);
        Optional<Long> closedSnapshot = record.filter(r -> r.getStatus() == PeriodStatus.CLOSED)
                .map(PeriodRecord::getSnapshotId);
        SnapshotHeader h;
        List<CustomerScore> pageOfCustomers;
        PeriodPage.Gate gate;
        int totalPages;
        int shown;
        if (closedSnapshot.isPresent()) {
            // a closed period pages its snapshot in SQL: one page of rows, not every customer's
            long snapshotId = closedSnapshot.get();
            h = periods.snapshot(snapshotId)
                    .orElseThrow(() -> new IllegalStateException("snapshot " + snapshotId + " is missing"));
            totalPages = pages(h.counts().customers(), pageSize);
            shown = Math.min(Math.max(page, 0), totalPages - 1);
            pageOfCustomers = periods.snapshotCustomers(snapshotId, shown * pageSize, pageSize);
            gate = PeriodViews.gateView(h, periods.snapshotUnansweredKeyAccounts(snapshotId));
        } else {
            PeriodResult result = scoring.live(period);
            h = result.header();
            List<CustomerScore> customers = result.customers();
            totalPages = pages(customers.size(), pageSize);
            shown = Math.min(Math.max(page, 0), totalPages - 1);
            pageOfCustomers = customers.subList(shown * pageSize,
                    (int) Math.min(customers.size(), (shown + 1L) * pageSize));
            gate = PeriodViews.gateView(result);
        }
        List<FlagActionRow> flagActions = actions.madeFromFlagsOf(period.toString());
        List<PeriodPage.CustomerLine> lines = pageOfCustomers.stream()
                .map(s -> PeriodViews.line(s, period, operational, flagActions)).toList();
        return new PeriodPage(period.toString(), status, h.takenAt(), h.takenBy(), h.sha256(), h.waiverBy(),
                h.waiverReason(), h.policyVersion(), h.policyText(),
                record.map(PeriodRecord::getReopenedAt).orElse(null),
                record.map(PeriodRecord::getReopenedBy).orElse(null),
                record.map(PeriodRecord::getReopenReason).orElse(null),
                PeriodViews.figures(h), gate, h.counts().customers(),
                h.counts().customers() - h.counts().withComposite(), lines, shown, totalPages,
                periods.events(period.toString()), h.counts());
    }

    private static int pages(long customers, int pageSize) {
        return (int) Math.max(1, (customers + pageSize - 1) / pageSize);
    }

    /** The canonical text of a closed period, rebuilt from its snapshot tables; empty unless it is closed. */
    @Transactional(readOnly = true)
    public Optional<String> snapshotText(Period period) {
        return periods.findById(period.toString())
                .filter(record -> record.getStatus() == PeriodStatus.CLOSED)
                .map(record -> SnapshotCodec.of(snapshot(record.getSnapshotId())).text());
    }

    /** One customer's half-year, live or from the snapshot; empty when not a customer of the period. */
    @Transactional(readOnly = true)
    public Optional<CustomerPeriodPage> customerPage(Period period, long customerId) {
        Optional<PeriodRecord> record = periods.findById(period.toString());
        PeriodStatus status = record.map(PeriodRecord::getStatus).orElse(PeriodStatus.OPEN);
        return resultOf(period, record).customers().stream()
                .filter(s -> s.customerId() == customerId).findFirst()
                .map(s -> new CustomerPeriodPage(period.toString(), status, PeriodViews.line(s, period, operational,
                                actions.madeFromFlagsOf(period.toString(), customerId)),
                        periods.responsesOfCustomer(period.toString(), customerId).stream()
                                .map(r -> new CustomerPeriodPage.ResponseLine(r.id(), r.surveyId(), r.submittedAt(),
                                        r.possibleUnits() == null ? null
                                                : SurveyScore.ofUnits(r.earnedUnits(), r.possibleUnits()).value().display(),
                                        r.excludedReason(), r.excludedText()))
                                .toList(),
                        periods.exclusionsOfCustomer(period.toString(), customerId).stream()
                                .map(e -> new CustomerPeriodPage.ExclusionLine(e.responseId(), e.action(), e.reason(),
                                        e.reasonText(), e.actor(), e.at(), shown(e.compositeBefore()),
                                        shown(e.compositeAfter())))
                                .toList()));
    }

    private static String shown(String exact) {
        return exact == null ? null : Score.parse(exact).display();
    }

    private PeriodResult resultOf(Period period, Optional<PeriodRecord> record) {
        return record.filter(r -> r.getStatus() == PeriodStatus.CLOSED)
                .map(r -> snapshot(r.getSnapshotId()))
                .orElseGet(() -> scoring.live(period));
    }

    private PeriodResult snapshot(long snapshotId) {
        SnapshotHeader header = periods.snapshot(snapshotId)
                .orElseThrow(() -> new IllegalStateException("snapshot " + snapshotId + " is missing"));
        return new PeriodResult(header, periods.snapshotCustomers(snapshotId));
    }
}
