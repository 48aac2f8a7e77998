package com.satisfaction.persistence.complaint;

import com.satisfaction.core.complaint.HandlingTargets;
import com.satisfaction.core.complaint.Severity;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.springframework.data.jpa.domain.Specification;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The complaint lists' filters as SQL, so the database filters and pages. "Overdue" is the core's rule
 * ({@link HandlingTargets#overdue}) written as a predicate: not resolved, and received before {@code now} minus the
 * severity's resolution target, or not yet acknowledged and received before {@code now} minus its acknowledgement
 * target.
 */
public final class ComplaintQueries {

    private ComplaintQueries() {
    }

    public static Specification<Complaint> matching(ComplaintFilter filter, HandlingTargets targets, Instant now,
                                                    ZoneId zone) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (filter.customerId() != null) {
                all.add(cb.equal(root.get("customer").get("id"), filter.customerId()));
            }
            if (filter.period() != null) {
                Instant from = filter.period().startDate().atStartOfDay(zone).toInstant();
                Instant until = filter.period().endDate().plusDays(1).atStartOfDay(zone).toInstant();
                all.add(cb.greaterThanOrEqualTo(root.get("receivedAt"), from));
                all.add(cb.lessThan(root.get("receivedAt"), until));
            }
            if (filter.status() != null) {
                all.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.category() != null) {
                all.add(cb.equal(root.get("category"), filter.category()));
            }
            if (filter.severity() != null) {
                all.add(cb.equal(root.get("severity"), filter.severity()));
            }
            if (filter.ownerId() != null) {
                all.add(cb.equal(owner(root, cb), filter.ownerId()));
            }
            if (filter.overdueOnly()) {
                all.add(overdue(root, cb, targets, now));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    /** The id of the current owner: the owner column, or the first responder where a row has none. */
    static Expression<Long> owner(Root<Complaint> root, CriteriaBuilder cb) {
        return cb.coalesce(root.get("owner").<Long>get("id"), root.get("firstResponder").<Long>get("id"));
    }

    static Predicate overdue(Root<Complaint> root, CriteriaBuilder cb, HandlingTargets targets, Instant now) {
        Path<Instant> received = root.get("receivedAt");
        List<Predicate> bySeverity = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            Instant acknowledgeCutoff = now.minus(targets.of(severity).acknowledgeWithin());
            Instant resolveCutoff = now.minus(targets.of(severity).resolveWithin());
            bySeverity.add(cb.and(cb.equal(root.get("severity"), severity),
                    cb.or(cb.lessThan(received, resolveCutoff),
                            cb.and(cb.isNull(root.get("acknowledgedAt")), cb.lessThan(received, acknowledgeCutoff)))));
        }
        return cb.and(cb.isNull(root.get("resolvedAt")), cb.or(bySeverity.toArray(Predicate[]::new)));
    }
}
