package com.satisfaction.persistence.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A half-year report's conclusion and sign-off (a period without a row has none). Read only through JPA; written by
 * {@link PeriodReportRepository}'s statements under the row's lock.
 */
@Entity
@Table(name = "period_report")
public class PeriodReportRecord {

    @Id
    @Column(name = "period_id", length = 7)
    private String period;

    @Column(length = 4000)
    private String conclusion;

    @Column(length = 4000)
    private String measures;

    @Column(name = "next_targets", length = 4000)
    private String nextTargets;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "signed_by", length = 100)
    private String signedBy;

    @Column(name = "signed_snapshot_id")
    private Long signedSnapshotId;

    protected PeriodReportRecord() {
    }

    public String getPeriod() {
        return period;
    }

    public String getConclusion() {
        return conclusion;
    }

    public String getMeasures() {
        return measures;
    }

    public String getNextTargets() {
        return nextTargets;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public Long getSignedSnapshotId() {
        return signedSnapshotId;
    }
}
