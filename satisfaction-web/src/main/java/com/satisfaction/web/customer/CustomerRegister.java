package com.satisfaction.web.customer;

import com.satisfaction.persistence.customer.Contact;
import com.satisfaction.persistence.customer.Customer;
import com.satisfaction.persistence.customer.CustomerRepository;
import com.satisfaction.persistence.response.RecipientRepository;
import com.satisfaction.web.customer.CustomerViews.CustomerView;
import com.satisfaction.web.customer.CustomerViews.ListPage;
import com.satisfaction.web.customer.CustomerViews.Row;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Changes to the register and the views of it, each in one transaction: unique customer codes (the database's
 * constraint decides a race), customers deactivated rather than deleted, contacts with a survey link kept.
 */
@Service
public class CustomerRegister {

    /** What became of a change: done (with the customer's id), or refused with the field and message to show. */
    public sealed interface Outcome permits Done, Refused {
    }

    public record Done(long customerId) implements Outcome {
    }

    public record Refused(String field, String messageKey) implements Outcome {
    }

    static final String CODE_CONSTRAINT = "uk_customer_code";

    private final CustomerRepository customers;
    private final RecipientRepository recipients;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CustomerRegister(CustomerRepository customers, RecipientRepository recipients, TransactionTemplate transaction,
                     Clock clock) {
        this.customers = customers;
        this.recipients = recipients;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    ListPage search(CustomerSearch search) {
        Page<Customer> page = customers.findAll(matching(search),
                PageRequest.of(search.page(), CustomerSearch.PAGE_SIZE, Sort.by("code")));
        return new ListPage(page.map(Row::of).getContent(), page.getNumber(), page.getTotalPages(),
                page.getTotalElements(), customers.regions(), customers.industries(), customers.valueTiers());
    }

    @Transactional(readOnly = true)
    Optional<CustomerView> show(long id) {
        return customers.findById(id).map(CustomerView::of);
    }

    /** Creates the customer; a taken code is refused, also when another request took it a moment ago. */
    public Outcome create(CustomerForm form) {
        try {
            return transaction.execute(status -> {
                if (customers.existsByCode(form.code())) {
                    return new Refused("code", "customer.code.taken");
                }
                Customer customer = new Customer(form.code(), form.name(), clock.instant());
                describe(customer, form);
                return new Done(customers.saveAndFlush(customer).getId());
            });
        } catch (DataIntegrityViolationException e) {
            if (isCodeTaken(e)) {
                return new Refused("code", "customer.code.taken");
            }
            throw e;
        }
    }

    @Transactional
    Outcome update(long id, CustomerForm form) {
        Customer customer = customers.findById(id).orElseThrow();
        describe(customer, form);
        return new Done(id);
    }

    @Transactional
    public Outcome setActive(long id, boolean active) {
        customers.findById(id).orElseThrow().setActive(active);
        return new Done(id);
    }

    @Transactional
    public Outcome addContact(long id, ContactForm form) {
        Customer customer = customers.findById(id).orElseThrow();
        customer.addContact(form.name(), blankToNull(form.email()), blankToNull(form.phone()), form.language());
        return new Done(id);
    }

    @Transactional
    Outcome updateContact(long id, long contactId, ContactForm form) {
        contactOf(customers.findById(id).orElseThrow(), contactId)
                .describe(form.name(), blankToNull(form.email()), blankToNull(form.phone()), form.language());
        return new Done(id);
    }

    /** Removes a contact, unless a survey link was made for it: the link and its answer must keep their contact. */
    @Transactional
    Outcome removeContact(long id, long contactId) {
        Customer customer = customers.findById(id).orElseThrow();
        Contact contact = contactOf(customer, contactId);
        if (recipients.existsByContactId(contact.getId())) {
            return new Refused("contact", "contact.remove.hasLinks");
        }
        customer.removeContact(contact);
        return new Done(id);
    }

    static boolean isCodeTaken(DataIntegrityViolationException e) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT);
        return message.contains(CODE_CONSTRAINT);
    }

    private static Contact contactOf(Customer customer, long contactId) {
        return customer.getContacts().stream().filter(c -> c.getId() == contactId).findFirst().orElseThrow();
    }

    private static void describe(Customer customer, CustomerForm form) {
        customer.describe(form.name(), blankToNull(form.region()), blankToNull(form.industry()),
                blankToNull(form.valueTier()), form.annualValue() == null || form.annualValue().isEmpty()
                        ? null : new BigDecimal(form.annualValue()), form.keyAccountOrFalse());
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** SQL for the search words (code, name, a contact's name or e-mail) and the filters; paged by the database. */
    private static Specification<Customer> matching(CustomerSearch search) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (!search.q().isEmpty()) {
                String like = "%" + search.q().toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                Subquery<Long> contacts = query.subquery(Long.class);
                var contact = contacts.from(Contact.class);
                contacts.select(contact.get("id")).where(cb.equal(contact.get("customer"), root),
                        cb.or(cb.like(cb.lower(contact.get("name")), like, '\\'),
                                cb.like(cb.lower(contact.get("email")), like, '\\')));
                all.add(cb.or(cb.like(cb.lower(root.get("code")), like, '\\'),
                        cb.like(cb.lower(root.get("name")), like, '\\'), cb.exists(contacts)));
            }
            if (search.region() != null) {
                all.add(cb.equal(root.get("region"), search.region()));
            }
            if (search.industry() != null) {
                all.add(cb.equal(root.get("industry"), search.industry()));
            }
            if (search.tier() != null) {
                all.add(cb.equal(root.get("valueTier"), search.tier()));
            }
            if (search.keyAccount() != null) {
                all.add(cb.equal(root.get("keyAccount"), search.keyAccount()));
            }
            if (search.activeFilter() != null) {
                all.add(cb.equal(root.get("active"), search.activeFilter()));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
