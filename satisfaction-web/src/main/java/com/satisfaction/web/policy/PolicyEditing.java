package com.satisfaction.web.policy;

import com.satisfaction.core.scoring.PolicyChange;
import com.satisfaction.core.scoring.PolicyProblem;
import com.satisfaction.core.scoring.PolicyText;
import com.satisfaction.core.scoring.ScoringPolicy;
import com.satisfaction.persistence.policy.ScoringPolicyVersion;
import com.satisfaction.persistence.policy.ScoringPolicyVersionRepository;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The policy page and saving a change as a new version, each in one transaction. A save names the version its form
 * was opened on: when another version was saved meanwhile the save is refused as stale, and of two saves racing
 * from the same version the unique version number lets exactly one win.
 */
@Service
class PolicyEditing {

    /** What became of a save. */
    sealed interface Outcome permits Saved, Invalid, Unchanged, Stale {
    }

    /** Saved as version {@code number}. */
    record Saved(int number) implements Outcome {
    }

    /** The values make no policy; each problem names its value. */
    record Invalid(List<PolicyProblem> problems) implements Outcome {
    }

    /** The values are those of version {@code number}, in force: nothing to save. */
    record Unchanged(int number) implements Outcome {
    }

    /** Version {@code current} was saved after the form's version; {@code changes} lists what it changed. */
    record Stale(PolicyVersion current, List<PolicyChange> changes) implements Outcome {
    }

    /** The policy in force with a page of its history, newest first. */
    record PolicyPage(PolicyVersion current, Map<String, String> values, List<LostPoints> lost,
                      List<HistoryRow> history, int page, int totalPages) {

        boolean hasPrevious() {
            return page > 0;
        }

        boolean hasNext() {
            return page + 1 < totalPages;
        }
    }

    /** The points for {@code lost} losses ({@code orMore}: and for more). */
    record LostPoints(int lost, int points, boolean orMore) {
    }

    /** A version in the history: who saved it, when, why, and what it changed from the version before. */
    record HistoryRow(int number, Instant createdAt, String createdBy, String reason, List<PolicyChange> changes) {
    }

    static final int PAGE_SIZE = 20;

    private final ScoringPolicyVersionRepository versions;
    private final CurrentPolicy currentPolicy;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PolicyEditing(ScoringPolicyVersionRepository versions, CurrentPolicy currentPolicy, TransactionTemplate transaction,
                  Clock clock) {
        this.versions = versions;
        this.currentPolicy = currentPolicy;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    PolicyPage page(int page) {
        PolicyVersion current = currentPolicy.currentVersion();
        Page<ScoringPolicyVersion> rows = versions.findAllByOrderByNumberDesc(PageRequest.of(page, PAGE_SIZE));
        List<ScoringPolicyVersion> content = rows.getContent();
        List<HistoryRow> history = new ArrayList<>();
        for (int i = 0; i < content.size(); i++) {
            ScoringPolicyVersion version = content.get(i);
            ScoringPolicy policy = PolicyText.parse(version.getPolicyText());
            ScoringPolicy before = i + 1 < content.size() ? PolicyText.parse(content.get(i + 1).getPolicyText())
                    : versions.findByNumber(version.getNumber() - 1)
                            .map(previous -> PolicyText.parse(previous.getPolicyText())).orElse(null);
            history.add(new HistoryRow(version.getNumber(), version.getCreatedAt(), version.getCreatedBy(),
                    version.getReason(), before == null ? List.of() : PolicyText.diff(before, policy)));
        }
        return new PolicyPage(current, byKey(current.policy()), lost(current.policy()), history, rows.getNumber(),
                Math.max(rows.getTotalPages(), 1));
    }

    /** The form on the version in force. */
    PolicyForm form() {
        return PolicyForm.of(currentPolicy.currentVersion());
    }

    /** The problems of the form's values (empty when they make a policy). */
    static List<PolicyProblem> problems(PolicyForm form) {
        return PolicyText.of(form.values()) instanceof PolicyText.Refused refused ? refused.problems() : List.of();
    }

    /**
     * Saves the form's values as the next version, by {@code username}, unless they make no policy, are the policy
     * in force, or another version was saved since the form's.
     */
    Outcome save(PolicyForm form, String username) {
        PolicyText.Reading reading = PolicyText.of(form.values());
        if (reading instanceof PolicyText.Refused refused) {
            return new Invalid(refused.problems());
        }
        ScoringPolicy policy = ((PolicyText.Read) reading).policy();
        int base = Integer.parseInt(form.baseVersion());
        try {
            return transaction.execute(status -> {
                ScoringPolicyVersion latest = versions.findFirstByOrderByNumberDesc().orElseThrow();
                if (latest.getNumber() != base) {
                    return stale(base, latest);
                }
                ScoringPolicy inForce = PolicyText.parse(latest.getPolicyText());
                List<PolicyChange> changes = PolicyText.diff(inForce, policy);
                if (changes.isEmpty()) {
                    return new Unchanged(latest.getNumber());
                }
                int number = latest.getNumber() + 1;
                versions.saveAndFlush(new ScoringPolicyVersion(number, PolicyText.write(policy), clock.instant(),
                        username, form.reason(), PolicyText.summary(changes)));
                return new Saved(number);
            });
        } catch (DataIntegrityViolationException e) {
            if (!String.valueOf(e.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT)
                    .contains(ScoringPolicyVersion.NUMBER_CONSTRAINT)) {
                throw e;
            }
            // another save took the next number a moment ago; its transaction has committed, ours has ended
            return transaction.execute(status -> stale(base, versions.findFirstByOrderByNumberDesc().orElseThrow()));
        }
    }

    private Stale stale(int base, ScoringPolicyVersion latest) {
        PolicyVersion current = CurrentPolicy.read(latest);
        List<PolicyChange> changes = versions.findByNumber(base)
                .map(old -> PolicyText.diff(PolicyText.parse(old.getPolicyText()), current.policy()))
                .orElse(List.of());
        return new Stale(current, changes);
    }

    private static Map<String, String> byKey(ScoringPolicy policy) {
        Map<String, String> values = new LinkedHashMap<>();
        PolicyText.values(policy).forEach((key, value) -> values.put(key.key(), value));
        return values;
    }

    private static List<LostPoints> lost(ScoringPolicy policy) {
        List<Integer> points = policy.lostBusiness().pointsByLostCount();
        List<LostPoints> rows = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            rows.add(new LostPoints(i, points.get(i), i == points.size() - 1));
        }
        return rows;
    }

    /** The form field of a problem's value; {@code null} for a problem that names none (never for a form). */
    static String field(PolicyProblem problem) {
        return problem.policyKey().map(PolicyForm::field).orElse(null);
    }
}
