package com.satisfaction.web.record;

import com.satisfaction.core.record.LostBusinessKind;
import com.satisfaction.persistence.customer.Customer;
import com.satisfaction.persistence.customer.CustomerRepository;
import com.satisfaction.persistence.record.LostBusiness;
import com.satisfaction.persistence.record.LostBusinessRepository;
import com.satisfaction.persistence.record.LostBusinessRow;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;

/**
 * Recording, changing and deleting lost business, each in one transaction. A lost customer is only this record: the
 * churn rate and the register's "lost on" read it, so deleting it makes the customer not lost again.
 */
@Service
public class LostBusinessRecords {

    private final LostBusinessRepository lost;
    private final CustomerRepository customers;
    private final Clock clock;

    LostBusinessRecords(LostBusinessRepository lost, CustomerRepository customers, Clock clock) {
        this.lost = lost;
        this.customers = customers;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    RecordList<LostBusinessRow> list(RecordSearch search) {
        return RecordList.of(lost.rows(search.customerId(), search.from(), search.to(),
                search.typeAs(LostBusinessKind.class), PageRequest.of(search.pageNumber(), RecordSearch.PAGE_SIZE)));
    }

    @Transactional(readOnly = true)
    Optional<LostBusinessView> show(long id) {
        return lost.findWithCustomer(id).map(LostBusinessView::of);
    }

    @Transactional
    public Outcome create(LostBusinessForm form, String recordedBy) {
        Optional<Customer> customer = customers.findById(form.customer());
        if (customer.isEmpty()) {
            return new Outcome.Refused("customerId", "records.customer.unknown");
        }
        LostBusiness saved = lost.save(new LostBusiness(customer.get(), form.lostKind(), form.line(), form.date(),
                form.reason(), form.value(), recordedBy, clock.instant()));
        return new Outcome.Saved(saved.getId());
    }

    /** Changes the record; empty when it is gone (deleted meanwhile). */
    @Transactional
    Optional<Outcome> update(long id, LostBusinessForm form) {
        return lost.findById(id).map(existing -> {
            Optional<Customer> customer = customers.findById(form.customer());
            if (customer.isEmpty()) {
                return new Outcome.Refused("customerId", "records.customer.unknown");
            }
            existing.describe(customer.get(), form.lostKind(), form.line(), form.date(), form.reason(), form.value());
            return new Outcome.Saved(id);
        });
    }

    @Transactional
    boolean delete(long id) {
        return lost.findById(id).map(existing -> {
            lost.delete(existing);
            return true;
        }).orElse(false);
    }
}
