package com.satisfaction.web.period;

import com.satisfaction.core.closing.PeriodStatus;
import com.satisfaction.core.period.Period;
import com.satisfaction.persistence.period.CustomerScore;
import com.satisfaction.persistence.period.PeriodRecord;
import com.satisfaction.persistence.period.PeriodRepository;
import com.satisfaction.persistence.period.SnapshotHeader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A half-year's figures for other features (the dashboard), exactly as its page computes them: a closed half-year read
 * from its snapshot (the period-wide counts only; its customers stay in the database for the caller to page or stream),
 * a live one scored now with every customer.
 */
@Service
public class HalfYearResults {

    private final PeriodRepository periods;
    private final PeriodScoring scoring;

    HalfYearResults(PeriodRepository periods, PeriodScoring scoring) {
        this.periods = periods;
        this.scoring = scoring;
    }

    /**
     * A half-year's counts, targets and policy, its figures as the period page shows them (with n, interval and the
     * "insufficient sample" mark), and where its customers are.
     *
     * @param snapshotId    the snapshot of a closed half-year
     * @param liveCustomers every customer of a live half-year, scored now (empty when closed)
     */
    public record HalfYear(Period period, PeriodStatus status, SnapshotHeader header, List<PeriodPage.Figure> figures,
                           OptionalLong snapshotId, List<CustomerScore> liveCustomers) {

        public HalfYear {
            liveCustomers = List.copyOf(liveCustomers);
        }

        public boolean closed() {
            return snapshotId.isPresent();
        }
    }

    /** The half-year now: from its snapshot when closed, scored live otherwise. */
    @Transactional(readOnly = true)
    public HalfYear of(Period period) {
        Optional<PeriodRecord> record = periods.findById(period.toString());
        PeriodStatus status = record.map(PeriodRecord::getStatus).orElse(PeriodStatus.OPEN);
        Optional<Long> closedSnapshot = record.filter(r -> r.getStatus() == PeriodStatus.CLOSED)
                .map(PeriodRecord::getSnapshotId);
        if (closedSnapshot.isPresent()) {
            long snapshotId = closedSnapshot.get();
            SnapshotHeader header = periods.snapshot(snapshotId)
                    .orElseThrow(() -> new IllegalStateException("snapshot " + snapshotId + " is missing"));
            return new HalfYear(period, status, header, PeriodViews.figures(header), OptionalLong.of(snapshotId),
                    List.of());
        }
        PeriodResult live = scoring.live(period);
        return new HalfYear(period, status, live.header(), PeriodViews.figures(live.header()), OptionalLong.empty(),
                live.customers());
    }
}
