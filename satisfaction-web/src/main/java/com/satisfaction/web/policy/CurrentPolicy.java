package com.satisfaction.web.policy;

import com.satisfaction.core.scoring.PolicyText;
import com.satisfaction.core.scoring.ScoringPolicy;
import com.satisfaction.persistence.policy.ScoringPolicyVersion;
import com.satisfaction.persistence.policy.ScoringPolicyVersionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/**
 * The scoring policy in force — the highest version — for every feature that scores: a period's live figures use
 * {@link #current()}, and closing a period stores {@link #currentVersion()} with its snapshot, so that later versions
 * never change a closed period. Version 1 (the FM40 defaults) is created by the V20 migration, so there always is
 * one. Joins the caller's transaction when there is one (one connection per request).
 */
@Service
public class CurrentPolicy {

    private final ScoringPolicyVersionRepository versions;

    CurrentPolicy(ScoringPolicyVersionRepository versions) {
        this.versions = versions;
    }

    /** The policy in force. */
    @Transactional(readOnly = true)
    public ScoringPolicy current() {
        return currentVersion().policy();
    }

    /** The version in force: its number, policy, when and by whom it was saved. */
    @Transactional(readOnly = true)
    public PolicyVersion currentVersion() {
        return versions.findFirstByOrderByNumberDesc().map(CurrentPolicy::read)
                .orElseThrow(() -> new IllegalStateException("no scoring policy version (V20 creates version 1)"));
    }

    /** Version {@code number}, in force or not; empty when there is no such version. */
    @Transactional(readOnly = true)
    public Optional<PolicyVersion> version(int number) {
        return versions.findByNumber(number).map(CurrentPolicy::read);
    }

    static PolicyVersion read(ScoringPolicyVersion version) {
        return new PolicyVersion(version.getNumber(), PolicyText.parse(version.getPolicyText()),
                version.getCreatedAt(), version.getCreatedBy());
    }
}
