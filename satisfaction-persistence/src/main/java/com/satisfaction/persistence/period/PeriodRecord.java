package com.satisfaction.persistence.period;

import com.satisfaction.core.closing.PeriodStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A period that was closed at least once (a period without a row is open). Read only through JPA; its status changes
 * through {@link PeriodRepository}'s statements under the row's lock.
 */
@Entity
@Table(name = "period")
public class PeriodRecord {

    @Id
    @Column(length = 7)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PeriodStatus status;

    @Column(name = "snapshot_id")
    private Long snapshotId;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 100)
    private String closedBy;

    @Column(name = "reopened_at")
    private Instant reopenedAt;

    @Column(name = "reopened_by", length = 100)
    private String reopenedBy;

    @Column(name = "reopen_reason", length = 2000)
    private String reopenReason;

    protected PeriodRecord() {
    }

    public String getId() {
        return id;
    }

    public PeriodStatus getStatus() {
        return status;
    }

    public Long getSnapshotId() {
        return snapshotId;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public Instant getReopenedAt() {
        return reopenedAt;
    }

    public String getReopenedBy() {
        return reopenedBy;
    }

    public String getReopenReason() {
        return reopenReason;
    }
}
