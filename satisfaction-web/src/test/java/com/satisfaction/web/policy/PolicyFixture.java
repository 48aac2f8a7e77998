package com.satisfaction.web.policy;

import com.satisfaction.core.scoring.PolicyKey;
import com.satisfaction.core.scoring.PolicyText;
import com.satisfaction.core.scoring.ScoringPolicy;
import com.satisfaction.persistence.policy.ScoringPolicyVersion;
import com.satisfaction.persistence.policy.ScoringPolicyVersionRepository;

import java.time.Instant;

/**
 * Puts a policy in force for tests that share the database: as the next version, by "test", when the version in
 * force differs. Tests that change the policy put the FM40 defaults back afterwards, so that other tests of the same
 * run find the policy a fresh database has.
 */
public final class PolicyFixture {

    private PolicyFixture() {
    }

    /** Makes {@code policy} the policy in force; returns the version number in force afterwards. */
    public static int inForce(ScoringPolicyVersionRepository versions, ScoringPolicy policy) {
        ScoringPolicyVersion latest = versions.findFirstByOrderByNumberDesc().orElseThrow();
        String text = PolicyText.write(policy);
        if (latest.getPolicyText().equals(text)) {
            return latest.getNumber();
        }
        int number = latest.getNumber() + 1;
        versions.saveAndFlush(new ScoringPolicyVersion(number, text, Instant.now(), "test",
                "test fixture", PolicyText.summary(PolicyText.diff(PolicyText.parse(latest.getPolicyText()), policy))));
        return number;
    }

    /** Makes the FM40 defaults the policy in force again. */
    public static int restoreFm40(ScoringPolicyVersionRepository versions) {
        return inForce(versions, ScoringPolicy.fm40());
    }

    /** The name of the policy form's field holding {@code key}. */
    public static String field(PolicyKey key) {
        return PolicyForm.field(key);
    }
}
