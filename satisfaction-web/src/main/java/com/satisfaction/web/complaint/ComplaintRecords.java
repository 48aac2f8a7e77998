package com.satisfaction.web.complaint;

import com.satisfaction.core.complaint.ComplaintLifecycle;
import com.satisfaction.core.complaint.ComplaintStatus;
import com.satisfaction.core.complaint.HandlingTarget;
import com.satisfaction.core.complaint.HandlingTargets;
import com.satisfaction.core.complaint.HandlingTimes;
import com.satisfaction.core.complaint.Outcome;
import com.satisfaction.core.complaint.Transition;
import com.satisfaction.core.period.Period;
import com.satisfaction.persistence.complaint.Complaint;
import com.satisfaction.persistence.complaint.ComplaintEvent;
import com.satisfaction.persistence.complaint.ComplaintQueries;
import com.satisfaction.persistence.complaint.ComplaintRepository;
import com.satisfaction.persistence.complaint.EventKind;
import com.satisfaction.persistence.customer.Contact;
import com.satisfaction.persistence.customer.Customer;
import com.satisfaction.persistence.customer.CustomerRepository;
import com.satisfaction.persistence.response.ResponseRepository;
import com.satisfaction.persistence.user.Role;
import com.satisfaction.persistence.user.UserAccount;
import com.satisfaction.persistence.user.UserAccountRepository;
import com.satisfaction.web.complaint.ComplaintViews.Choice;
import com.satisfaction.web.complaint.ComplaintViews.CustomerChoice;
import com.satisfaction.web.complaint.ComplaintViews.EventRow;
import com.satisfaction.web.complaint.ComplaintViews.Filters;
import com.satisfaction.web.complaint.ComplaintViews.FormChoices;
import com.satisfaction.web.complaint.ComplaintViews.ListPage;
import com.satisfaction.web.complaint.ComplaintViews.Row;
import com.satisfaction.web.complaint.ComplaintViews.Source;
import com.satisfaction.web.complaint.ComplaintViews.TimeAgainstTarget;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Recording, reading, editing and deleting complaints, each in one transaction; the rules are the core's
 * ({@link ComplaintLifecycle}), applied by the {@link Complaint} entity.
 */
@Service
public class ComplaintRecords {

    private final ComplaintRepository complaints;
    private final CustomerRepository customers;
    private final UserAccountRepository users;
    private final ResponseRepository responses;
    private final HandlingTargets targets;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ComplaintRecords(ComplaintRepository complaints, CustomerRepository customers, UserAccountRepository users,
                     ResponseRepository responses, HandlingTargets targets, TransactionTemplate transaction, Clock clock) {
        this.complaints = complaints;
        this.customers = customers;
        this.users = users;
        this.responses = responses;
        this.targets = targets;
        this.transaction = transaction;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ reading

    @Transactional(readOnly = true)
    ListPage list(ComplaintSearch search) {
        Instant now = clock.instant();
        var page = complaints.findAll(ComplaintQueries.matching(search.filter(), targets, now, clock.getZone()),
                PageRequest.of(search.page(), ComplaintSearch.PAGE_SIZE, Sort.by(Sort.Order.desc("receivedAt"), Sort.Order.desc("id"))));
        return new ListPage(page.map(c -> row(c, now)).getContent(), page.getNumber(), page.getTotalPages(),
                page.getTotalElements());
    }

    @Transactional(readOnly = true)
    Filters filters() {
        List<Choice> all = customers.findAll(Sort.by("name")).stream().map(ComplaintRecords::customerChoice).toList();
        Period current = Period.containing(LocalDate.now(clock));
        List<String> periods = new ArrayList<>();
        for (Period p = current; periods.size() < 6; p = p.previous()) {
            periods.add(p.toString());
        }
        return new Filters(all, handlers(null), periods);
    }

    @Transactional(readOnly = true)
    Optional<ComplaintViews.Page> page(long id) {
        return complaints.findById(id).map(this::page);
    }

    /** Who may own a complaint: active users who record and change (QUALITY_MANAGER, ADMIN), but {@code except}. */
    List<Choice> handlers(Long except) {
        return users.findAllByOrderByUsernameAsc().stream().filter(ComplaintRecords::mayHandle)
                .filter(user -> !user.getId().equals(except))
                .map(user -> new Choice(user.getId(), user.getDisplayName() + " (" + user.getUsername() + ")")).toList();
    }

    static boolean mayHandle(UserAccount user) {
        return user.isEnabled() && (user.hasRole(Role.QUALITY_MANAGER) || user.hasRole(Role.ADMIN));
    }

    // ------------------------------------------------------------------ recording

    @Transactional(readOnly = true)
    FormChoices formChoices() {
        return new FormChoices(customers.findByActiveTrueOrderByNameAsc().stream()
                .map(c -> new CustomerChoice(c.getId(), label(c), contactsOf(c))).toList());
    }

    /** Records the complaint; the recorder is its first responder and owner. */
    public Change create(ComplaintForm form, String username) {
        return transaction.execute(status -> {
            Instant now = clock.instant();
            if (form.description().strip().isEmpty()) {
                return new Change.Refused("description", "complaints.description.required");
            }
            Optional<Customer> customer = form.customer().flatMap(customers::findById);
            if (customer.isEmpty() || !customer.get().isActive()) {
                return new Change.Refused("customerId", "complaints.customer.required");
            }
            Optional<Contact> contact = contactOf(customer.get(), form);
            if (contact == null) {
                return new Change.Refused("contactId", "complaints.contact.invalid");
            }
            Optional<Instant> received = receivedAt(form);
            if (received.isEmpty()) {
                return new Change.Refused("receivedAt", "complaints.receivedAt.invalid");
            }
            if (ComplaintLifecycle.record(received.get(), now) instanceof Outcome.Refused refused) {
                return new Change.Refused("receivedAt", refused.reason());
            }
            Optional<String> badSource = checkSource(form, customer.get());
            if (badSource.isPresent()) {
                return Change.Refused.of(badSource.get());
            }
            UserAccount recorder = users.findByUsername(username).orElseThrow();
            Complaint complaint = new Complaint(customer.get(), contact.orElse(null), form.chosenChannel(),
                    form.chosenCategory(), form.chosenSeverity(), form.description(), received.get(), recorder, now);
            form.response().ifPresent(response -> complaint.madeFrom(response, form.question().orElse(null)));
            return new Change.Done(complaints.save(complaint).getId(), "complaints.recorded");
        });
    }

    // ------------------------------------------------------------------ editing and deleting

    @Transactional(readOnly = true)
    Optional<ComplaintViews.Editing> editing(long id) {
        return complaints.findById(id).map(c -> new ComplaintViews.Editing(c.getId(), label(c.getCustomer()),
                c.getStatus(), contactsOf(c.getCustomer())));
    }

    @Transactional(readOnly = true)
    Optional<ComplaintForm> formOf(long id) {
        return complaints.findById(id).map(c -> new ComplaintForm(c.getCustomer().getId().toString(),
                c.getContact() == null ? "" : c.getContact().getId().toString(), c.getChannel().name(),
                c.getCategory().name(), c.getSeverity().name(), c.getDescription(),
                ComplaintForm.minutes(local(c.getReceivedAt())), "", "", Long.toString(c.getVersion())));
    }

    /** Changes the details; the customer stays (a complaint of the wrong customer is deleted or closed, not moved). */
    Change edit(long id, ComplaintForm form, String username) {
        try {
            return transaction.execute(status -> {
                Optional<Complaint> found = complaints.findById(id);
                if (found.isEmpty()) {
                    return new Change.NotFound();
                }
                Complaint complaint = found.get();
                if (form.description().strip().isEmpty()) {
                    return new Change.Refused("description", "complaints.description.required");
                }
                if (form.expectedVersion().map(v -> v != complaint.getVersion()).orElse(true)) {
                    return Change.Refused.of(Change.STALE);
                }
                Optional<Contact> contact = contactOf(complaint.getCustomer(), form);
                if (contact == null) {
                    return new Change.Refused("contactId", "complaints.contact.invalid");
                }
                Optional<Instant> received = receivedAt(form);
                if (received.isEmpty()) {
                    return new Change.Refused("receivedAt", "complaints.receivedAt.invalid");
                }
                // a time shown to the minute and posted back unchanged is the time stored
                Instant receivedAt = ComplaintForm.minutes(local(complaint.getReceivedAt())).equals(
                        ComplaintForm.minutes(LocalDateTime.ofInstant(received.get(), clock.getZone())))
                        ? complaint.getReceivedAt() : received.get();
                UserAccount actor = users.findByUsername(username).orElseThrow();
                Outcome outcome = complaint.edit(contact.orElse(null), form.chosenChannel(), form.chosenCategory(),
                        form.chosenSeverity(), form.description(), receivedAt, actor, clock.instant());
                if (outcome instanceof Outcome.Refused refused) {
                    return new Change.Refused(refused.reason().startsWith("complaints.receivedAt") ? "receivedAt" : null,
                            refused.reason());
                }
                complaints.flush();
                return new Change.Done(id, "complaints.updated");
            });
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            return Change.Refused.of(Change.STALE);
        }
    }

    /** Deletes a complaint recorded by mistake (still RECEIVED) that no other record (a claim, an action) names. */
    Change delete(long id) {
        try {
            return transaction.execute(status -> {
                Optional<Complaint> found = complaints.findById(id);
                if (found.isEmpty()) {
                    return new Change.NotFound();
                }
                if (found.get().checkDelete() instanceof Outcome.Refused refused) {
                    return Change.Refused.of(refused.reason());
                }
                complaints.delete(found.get());
                complaints.flush();
                return new Change.Done(id, "complaints.deleted");
            });
        } catch (DataIntegrityViolationException linked) {
            return Change.Refused.of("complaints.delete.linked");
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            return Change.Refused.of(Change.STALE);
        }
    }

    // ------------------------------------------------------------------ helpers

    /** The contact chosen, empty when none, null when it is not one of the customer's contacts. */
    private static Optional<Contact> contactOf(Customer customer, ComplaintForm form) {
        if (form.contact().isEmpty()) {
            return form.contactId() == null || form.contactId().isBlank() ? Optional.empty() : null;
        }
        long contactId = form.contact().get();
        return customer.getContacts().stream().filter(c -> c.getId() == contactId).findFirst()
                .map(Optional::of).orElse(null);
    }

    private Optional<Instant> receivedAt(ComplaintForm form) {
        return form.received().filter(time -> time.getYear() >= Period.MIN_YEAR)
                .map(time -> time.atZone(clock.getZone()).toInstant());
    }

    /** The response (and question) a complaint says it comes from must exist, belong together and to its customer. */
    private Optional<String> checkSource(ComplaintForm form, Customer customer) {
        if (form.response().isEmpty()) {
            return form.question().isPresent() ? Optional.of("complaints.source.invalid") : Optional.empty();
        }
        var response = responses.findById(form.response().get());
        if (response.isEmpty()) {
            return Optional.of("complaints.source.invalid");
        }
        if (form.question().isPresent() && response.get().getAnswers().stream()
                .noneMatch(answer -> answer.getQuestion().getId().equals(form.question().get()))) {
            return Optional.of("complaints.source.invalid");
        }
        Long responseCustomer = response.get().getCustomerId();
        return responseCustomer != null && !responseCustomer.equals(customer.getId())
                ? Optional.of("complaints.source.otherCustomer") : Optional.empty();
    }

    private ComplaintViews.Page page(Complaint c) {
        Instant now = clock.instant();
        HandlingTarget target = targets.of(c.getSeverity());
        HandlingTimes times = c.times();
        TimeAgainstTarget response = new TimeAgainstTarget(times.responseTime().orElse(null), target.acknowledgeWithin(),
                local(targets.acknowledgeBy(c.getSeverity(), c.getReceivedAt())), times.respondedWithin(target).orElse(null));
        TimeAgainstTarget resolution = new TimeAgainstTarget(times.resolutionTime().orElse(null), target.resolveWithin(),
                local(targets.resolveBy(c.getSeverity(), c.getReceivedAt())), times.resolvedWithin(target).orElse(null));
        Contact contact = c.getContact();
        UserAccount owner = c.currentOwner();
        Source source = c.getResponseId() == null ? null : responses.findById(c.getResponseId())
                .map(r -> new Source(r.getRecipient().getSurvey().getId(), r.getId())).orElse(null);
        return new ComplaintViews.Page(c.getId(), c.getVersion(), c.getCustomer().getId(), c.getCustomer().getCode(),
                c.getCustomer().getName(), contact == null ? null : contact.getName(),
                contact == null ? null : contact.getEmail(), contact == null ? null : contact.getPhone(),
                c.getChannel(), c.getCategory(), c.getSeverity(), c.getDescription(), local(c.getReceivedAt()),
                c.getStatus(), c.getFirstResponder().getDisplayName(), owner.getId(), owner.getDisplayName(),
                c.getRootCause(), c.getCorrectiveAction(), c.getHandlingSatisfaction(), c.getEffectiveness(),
                c.getEffectivenessEvidence(), local(c.getAcknowledgedAt()), local(c.getResolvedAt()),
                local(c.getClosedAt()), response, resolution, c.isOverdueAt(targets, now), Transition.from(c.getStatus()),
                c.getStatus() == ComplaintStatus.CLOSED ? List.of() : handlers(owner.getId()),
                c.checkDelete().isAllowed(), source, c.getEvents().stream().map(this::eventRow).toList());
    }

    private EventRow eventRow(ComplaintEvent e) {
        List<String> fields = e.getKind() == EventKind.EDIT && e.getNote() != null
                ? Arrays.asList(e.getNote().split(",")) : List.of();
        return new EventRow(local(e.getOccurredAt()), e.getActor().getDisplayName(), e.getKind(), e.getFromStatus(),
                e.getToStatus(), e.getFromOwner() == null ? null : e.getFromOwner().getDisplayName(),
                e.getToOwner() == null ? null : e.getToOwner().getDisplayName(),
                e.getKind() == EventKind.EDIT ? null : e.getNote(), fields);
    }

    private Row row(Complaint c, Instant now) {
        String text = c.getDescription();
        return new Row(c.getId(), local(c.getReceivedAt()), c.getCustomer().getCode(), c.getCustomer().getName(),
                c.getCategory(), c.getSeverity(), c.getStatus(), c.currentOwner().getDisplayName(),
                c.isOverdueAt(targets, now), text.length() > 80 ? text.substring(0, 79) + "…" : text);
    }

    private LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, clock.getZone());
    }

    private static List<Choice> contactsOf(Customer customer) {
        return customer.getContacts().stream().map(k -> new Choice(k.getId(),
                k.getName() + (k.hasEmail() ? " <" + k.getEmail() + ">" : ""))).toList();
    }

    private static Choice customerChoice(Customer customer) {
        return new Choice(customer.getId(), label(customer));
    }

    static String label(Customer customer) {
        return customer.getName() + " (" + customer.getCode() + ")";
    }
}
