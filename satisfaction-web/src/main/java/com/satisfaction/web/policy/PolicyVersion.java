package com.satisfaction.web.policy;

import com.satisfaction.core.scoring.ScoringPolicy;

import java.time.Instant;
import java.util.Objects;

/**
 * One version of the scoring policy, read from its stored text.
 *
 * @param number    the version number; the highest is in force
 * @param policy    the policy
 * @param createdAt when it was saved
 * @param createdBy who saved it ({@code system} for the FM40 defaults of version 1)
 */
public record PolicyVersion(int number, ScoringPolicy policy, Instant createdAt, String createdBy) {

    public PolicyVersion {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
    }
}
