package com.satisfaction.web.record;

import com.satisfaction.core.record.PraiseType;
import com.satisfaction.persistence.customer.Customer;
import com.satisfaction.persistence.customer.CustomerRepository;
import com.satisfaction.persistence.record.Praise;
import com.satisfaction.persistence.record.PraiseRepository;
import com.satisfaction.persistence.record.PraiseRow;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;

/** Recording, changing and deleting praise, each in one transaction, and the views of it. */
@Service
public class PraiseRecords {

    private final PraiseRepository praise;
    private final CustomerRepository customers;
    private final Clock clock;

    PraiseRecords(PraiseRepository praise, CustomerRepository customers, Clock clock) {
        this.praise = praise;
        this.customers = customers;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    RecordList<PraiseRow> list(RecordSearch search) {
        return RecordList.of(praise.rows(search.customerId(), search.from(), search.to(),
                search.typeAs(PraiseType.class), PageRequest.of(search.pageNumber(), RecordSearch.PAGE_SIZE)));
    }

    @Transactional(readOnly = true)
    Optional<PraiseView> show(long id) {
        return praise.findWithCustomer(id).map(PraiseView::of);
    }

    /** Records the praise; a customer that does not exist is refused beside its field. */
    @Transactional
    public Outcome create(PraiseForm form, String recordedBy) {
        Optional<Customer> customer = customers.findById(form.customer());
        if (customer.isEmpty()) {
            return new Outcome.Refused("customerId", "records.customer.unknown");
        }
        Praise saved = praise.save(new Praise(customer.get(), form.date(), form.praiseType(), form.praised(),
                form.text(), recordedBy, clock.instant()));
        return new Outcome.Saved(saved.getId());
    }

    /** Changes the praise; empty when it is gone (deleted meanwhile). */
    @Transactional
    Optional<Outcome> update(long id, PraiseForm form) {
        return praise.findById(id).map(existing -> {
            Optional<Customer> customer = customers.findById(form.customer());
            if (customer.isEmpty()) {
                return new Outcome.Refused("customerId", "records.customer.unknown");
            }
            existing.describe(customer.get(), form.date(), form.praiseType(), form.praised(), form.text());
            return new Outcome.Saved(id);
        });
    }

    /** Deletes the praise; false when it was already gone. */
    @Transactional
    boolean delete(long id) {
        return praise.findById(id).map(existing -> {
            praise.delete(existing);
            return true;
        }).orElse(false);
    }
}
