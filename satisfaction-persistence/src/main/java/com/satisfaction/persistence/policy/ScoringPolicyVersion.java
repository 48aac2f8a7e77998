package com.satisfaction.persistence.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One version of the scoring policy, written once and never changed: its number (1, 2, 3 … the highest is in force),
 * the policy as canonical text, who saved it, when, why, and what changed from the version before.
 */
@Entity
@Table(name = "scoring_policy_version")
public class ScoringPolicyVersion {

    /** The unique constraint on the version number: the loser of two concurrent saves hits it. */
    public static final String NUMBER_CONSTRAINT = "uk_scoring_policy_version_number";

    public static final int REASON_LENGTH = 2000;
    public static final int TEXT_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_number", nullable = false, unique = true, updatable = false)
    private int number;

    @Column(name = "policy_text", nullable = false, length = TEXT_LENGTH, updatable = false)
    private String policyText;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(nullable = false, length = REASON_LENGTH, updatable = false)
    private String reason;

    @Column(length = TEXT_LENGTH, updatable = false)
    private String changes;

    protected ScoringPolicyVersion() {
    }

    public ScoringPolicyVersion(int number, String policyText, Instant createdAt, String createdBy, String reason,
                                String changes) {
        this.number = number;
        this.policyText = policyText;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.reason = reason;
        this.changes = changes;
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public String getPolicyText() {
        return policyText;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getReason() {
        return reason;
    }

    /** What changed from the version before, {@code key: before → after} one a line; null for the first version. */
    public String getChanges() {
        return changes;
    }
}
