package com.satisfaction.web.period;

import com.satisfaction.core.closing.PeriodStatus;
import com.satisfaction.core.period.Period;
import com.satisfaction.persistence.period.CustomerScore;
import com.satisfaction.persistence.period.PeriodRecord;
import com.satisfaction.persistence.period.PeriodRepository;
import com.satisfaction.persistence.period.SnapshotHeader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Every customer's half-year exactly as the period's page shows it, for the features that hand it on (the exports): a
 * closed period's from its snapshot, read through a cursor; an open one's scored live now, as its page scores it.
 */
@Service
public class PeriodCustomerScores {

    private final PeriodRepository periods;
    private final PeriodScoring scoring;

    PeriodCustomerScores(PeriodRepository periods, PeriodScoring scoring) {
        this.periods = periods;
        this.scoring = scoring;
    }

    /**
     * What the scores rest on: the period, its status, the policy version they were scored under, and for a closed
     * period when and by whom it was closed and its snapshot's SHA-256 (null while it is live).
     */
    public record Basis(String period, PeriodStatus status, String policyVersion, Instant closedAt, String closedBy,
                        String sha256) {
    }

    /**
     * Hands every customer of the period, by code, to {@code each}, inside one read-only transaction (so {@code each}
     * may write them out as they come); returns what they rest on.
     */
    @Transactional(readOnly = true)
    public Basis each(Period period, Consumer<CustomerScore> each) {
        Optional<PeriodRecord> record = periods.findById(period.toString());
        PeriodStatus status = record.map(PeriodRecord::getStatus).orElse(PeriodStatus.OPEN);
        SnapshotHeader header;
        if (status == PeriodStatus.CLOSED) {
            long snapshotId = record.get().getSnapshotId();
            header = periods.snapshot(snapshotId)
                    .orElseThrow(() -> new IllegalStateException("snapshot " + snapshotId + " is missing"));
            periods.eachSnapshotCustomer(snapshotId, each);
        } else {
            PeriodResult result = scoring.live(period);
            header = result.header();
            result.customers().forEach(each);
        }
        return new Basis(period.toString(), status, header.policyVersion(), header.takenAt(), header.takenBy(),
                header.sha256());
    }
}
