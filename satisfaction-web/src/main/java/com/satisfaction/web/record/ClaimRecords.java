package com.satisfaction.web.record;

import com.satisfaction.persistence.customer.Customer;
import com.satisfaction.persistence.customer.CustomerRepository;
import com.satisfaction.persistence.record.Claim;
import com.satisfaction.persistence.record.ClaimRepository;
import com.satisfaction.persistence.record.ClaimRow;
import com.satisfaction.persistence.record.ClaimTotal;
import com.satisfaction.persistence.record.ComplaintChoice;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Recording, changing and deleting claims, each in one transaction: the customer must exist, and a linked complaint
 * must be one of that customer's.
 */
@Service
public class ClaimRecords {

    /** One page of the list with the totals per currency of every claim the filters select. */
    record ClaimList(RecordList<ClaimRow> list, List<ClaimTotal> totals) {
    }

    private final ClaimRepository claims;
    private final CustomerRepository customers;
    private final Clock clock;

    ClaimRecords(ClaimRepository claims, CustomerRepository customers, Clock clock) {
        this.claims = claims;
        this.customers = customers;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    ClaimList list(RecordSearch search) {
        return new ClaimList(RecordList.of(claims.rows(search.customerId(), search.from(), search.to(),
                search.currency(), search.linkedFilter(), PageRequest.of(search.pageNumber(), RecordSearch.PAGE_SIZE))),
                claims.totals(search.customerId(), search.from(), search.to(), search.currency(),
                        search.linkedFilter()));
    }

    @Transactional(readOnly = true)
    Optional<ClaimView> show(long id) {
        return claims.findWithCustomer(id).map(claim -> ClaimView.of(claim, claim.getComplaintId() == null ? null
                : claims.complaintsOf(claim.getCustomer().getId()).stream()
                        .filter(c -> c.id() == claim.getComplaintId()).findFirst()
                        .orElse(new ComplaintChoice(claim.getComplaintId(), null, null))));
    }

    /** The complaints a claim of this customer may link to, most recent first. */
    @Transactional(readOnly = true)
    List<ComplaintChoice> complaintsOf(long customerId) {
        return claims.complaintsOf(customerId);
    }

    @Transactional
    public Outcome create(ClaimForm form, String recordedBy) {
        Optional<Customer> customer = customers.findById(form.customer());
        if (customer.isEmpty()) {
            return new Outcome.Refused("customerId", "records.customer.unknown");
        }
        Optional<Outcome.Refused> complaint = checkComplaint(form);
        if (complaint.isPresent()) {
            return complaint.get();
        }
        Claim saved = claims.save(new Claim(customer.get(), form.date(), form.money(), form.reason(), form.complaint(),
                recordedBy, clock.instant()));
        return new Outcome.Saved(saved.getId());
    }

    /** Changes the claim; empty when it is gone (deleted meanwhile). */
    @Transactional
    Optional<Outcome> update(long id, ClaimForm form) {
        return claims.findById(id).map(existing -> {
            Optional<Customer> customer = customers.findById(form.customer());
            if (customer.isEmpty()) {
                return new Outcome.Refused("customerId", "records.customer.unknown");
            }
            Optional<Outcome.Refused> complaint = checkComplaint(form);
            if (complaint.isPresent()) {
                return complaint.get();
            }
            existing.describe(customer.get(), form.date(), form.money(), form.reason(), form.complaint());
            return new Outcome.Saved(id);
        });
    }

    @Transactional
    boolean delete(long id) {
        return claims.findById(id).map(existing -> {
            claims.delete(existing);
            return true;
        }).orElse(false);
    }

    /** A complaint that does not exist, or one of another customer, is refused. */
    private Optional<Outcome.Refused> checkComplaint(ClaimForm form) {
        Long complaint = form.complaint();
        if (complaint == null) {
            return Optional.empty();
        }
        Optional<Long> owner = claims.customerOfComplaint(complaint);
        if (owner.isEmpty()) {
            return Optional.of(new Outcome.Refused("complaintId", "records.claim.complaint.unknown"));
        }
        if (owner.get() != form.customer()) {
            return Optional.of(new Outcome.Refused("complaintId", "records.claim.complaint.otherCustomer"));
        }
        return Optional.empty();
    }
}
