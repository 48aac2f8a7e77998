package com.satisfaction.persistence.complaint;

import com.satisfaction.core.complaint.Category;
import com.satisfaction.core.complaint.Channel;
import com.satisfaction.core.complaint.ComplaintLifecycle;
import com.satisfaction.core.complaint.ComplaintStatus;
import com.satisfaction.core.complaint.Effectiveness;
import com.satisfaction.core.complaint.HandlingTargets;
import com.satisfaction.core.complaint.HandlingTimes;
import com.satisfaction.core.complaint.Outcome;
import com.satisfaction.core.complaint.Severity;
import com.satisfaction.core.complaint.StepInput;
import com.satisfaction.core.complaint.Transition;
import com.satisfaction.persistence.customer.Contact;
import com.satisfaction.persistence.customer.Customer;
import com.satisfaction.persistence.user.UserAccount;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * A customer's complaint (SPEC §5), owned by whoever recorded it (its first responder) until it is handed over. Its
 * changes go through the core's {@link ComplaintLifecycle}: a refused change leaves it as it was, an allowed one is
 * applied with its time stamps and adds a row to its history. The V1 time stamps keep the meaning the statistics
 * read: {@code acknowledgedAt} is the first acknowledgement, {@code resolvedAt} the time it stands resolved since
 * (cleared by a reopen), {@code closedAt} the time it was closed. Every change is also kept in the audit trail
 * (before → after of each field, so an earlier root cause or satisfaction survives a reopen).
 */
@Entity
@Table(name = "complaint")
@Audited
public class Complaint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_id")
    private Contact contact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Category category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Severity severity;

    @Column(nullable = false, length = 4000)
    private String description;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "first_responder_id")
    private UserAccount firstResponder;

    /** The current owner; null (a row written by SQL alone) means the first responder still owns it. */
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private UserAccount owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ComplaintStatus status = ComplaintStatus.RECEIVED;

    @Column(name = "root_cause", length = 4000)
    private String rootCause;

    @Column(name = "corrective_action", length = 4000)
    private String correctiveAction;

    @Column(name = "handling_satisfaction")
    private Integer handlingSatisfaction;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "investigating_at")
    private Instant investigatingAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "followed_up_at")
    private Instant followedUpAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Effectiveness effectiveness;

    @Column(name = "effectiveness_evidence", length = 4000)
    private String effectivenessEvidence;

    @Column(name = "response_id")
    private Long responseId;

    @Column(name = "question_id")
    private Long questionId;

    @NotAudited
    @Version
    @Column(nullable = false)
    private long version;

    /** Written only by the reminder's conditional UPDATE, never by an entity flush (which could put an old day back). */
    @NotAudited
    @Column(name = "last_overdue_reminder_on", insertable = false, updatable = false)
    private LocalDate lastOverdueReminderOn;

    @NotAudited
    @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("occurredAt, id")
    private List<ComplaintEvent> events = new ArrayList<>();

    protected Complaint() {
    }

    /**
     * A complaint recorded by {@code recorder}, its first responder and owner. The caller has checked
     * {@link ComplaintLifecycle#record}; a complaint received in the future is a programming error here.
     */
    public Complaint(Customer customer, Contact contact, Channel channel, Category category, Severity severity,
                     String description, Instant receivedAt, UserAccount recorder, Instant now) {
        if (!ComplaintLifecycle.record(receivedAt, now).isAllowed()) {
            throw new IllegalArgumentException("received at " + receivedAt + ", after it was recorded at " + now);
        }
        requireContactOf(customer, contact);
        this.customer = Objects.requireNonNull(customer, "customer");
        this.contact = contact;
        this.channel = Objects.requireNonNull(channel, "channel");
        this.category = Objects.requireNonNull(category, "category");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.description = Objects.requireNonNull(description, "description").strip();
        this.receivedAt = receivedAt;
        this.firstResponder = Objects.requireNonNull(recorder, "recorder");
        this.owner = recorder;
        events.add(ComplaintEvent.recorded(this, now, recorder));
    }

    /** Marks the complaint as made from an answer of a survey response. */
    public void madeFrom(long responseId, Long questionId) {
        this.responseId = responseId;
        this.questionId = questionId;
    }

    /** Takes one step of the lifecycle, if the rules allow it with {@code input}; a refusal changes nothing. */
    public Outcome take(Transition transition, StepInput input, UserAccount actor, Instant now) {
        Outcome outcome = ComplaintLifecycle.check(status, transition, input);
        if (!(outcome instanceof Outcome.Allowed allowed)) {
            return outcome;
        }
        switch (transition) {
            case ACKNOWLEDGE -> {
                if (acknowledgedAt == null) {
                    acknowledgedAt = now;
                }
            }
            case INVESTIGATE -> investigatingAt = now;
            case RESOLVE -> {
                rootCause = input.rootCause().strip();
                correctiveAction = input.correctiveAction().strip();
                resolvedAt = now;
            }
            case FOLLOW_UP -> {
                handlingSatisfaction = input.handlingSatisfaction();
                followedUpAt = now;
            }
            case CLOSE -> {
                effectiveness = input.effectiveness();
                effectivenessEvidence = input.evidence().strip();
                closedAt = now;
            }
            case REOPEN -> {
                resolvedAt = null;
                followedUpAt = null;
            }
        }
        ComplaintStatus from = status;
        status = allowed.status();
        events.add(ComplaintEvent.step(this, now, actor, from, status, input.note()));
        return outcome;
    }

    /** Hands the complaint over to {@code newOwner} with {@code reason}, if the rules allow it. */
    public Outcome handOver(UserAccount newOwner, boolean newOwnerMayHandle, String reason, UserAccount actor,
                            Instant now) {
        UserAccount current = currentOwner();
        Outcome outcome = ComplaintLifecycle.handOver(status, current.getId(),
                newOwner == null ? null : newOwner.getId(), newOwnerMayHandle, reason);
        if (outcome.isAllowed()) {
            owner = newOwner;
            events.add(ComplaintEvent.handOver(this, now, actor, current, newOwner, reason));
        }
        return outcome;
    }

    /**
     * Changes the complaint's details, if the rules allow it; the history notes which fields changed (none changed:
     * no row).
     */
    public Outcome edit(Contact contact, Channel channel, Category category, Severity severity, String description,
                        Instant receivedAt, UserAccount actor, Instant now) {
        Outcome outcome = ComplaintLifecycle.edit(status, this.receivedAt, receivedAt, now);
        if (!outcome.isAllowed()) {
            return outcome;
        }
        requireContactOf(customer, contact);
        String text = Objects.requireNonNull(description, "description").strip();
        StringJoiner changed = new StringJoiner(",");
        if (!Objects.equals(idOf(this.contact), idOf(contact))) {
            changed.add("contact");
        }
        if (this.channel != channel) {
            changed.add("channel");
        }
        if (this.category != category) {
            changed.add("category");
        }
        if (this.severity != severity) {
            changed.add("severity");
        }
        if (!this.description.equals(text)) {
            changed.add("description");
        }
        if (!this.receivedAt.equals(receivedAt)) {
            changed.add("receivedAt");
        }
        if (changed.length() > 0) {
            this.contact = contact;
            this.channel = Objects.requireNonNull(channel, "channel");
            this.category = Objects.requireNonNull(category, "category");
            this.severity = Objects.requireNonNull(severity, "severity");
            this.description = text;
            this.receivedAt = receivedAt;
            events.add(ComplaintEvent.edit(this, now, actor, changed.toString()));
        }
        return outcome;
    }

    /** Whether the complaint may be deleted (see {@link ComplaintLifecycle#delete}). */
    public Outcome checkDelete() {
        return ComplaintLifecycle.delete(status);
    }

    /** Its response and resolution times so far. */
    public HandlingTimes times() {
        return HandlingTimes.of(receivedAt, acknowledgedAt, resolvedAt);
    }

    public boolean isOverdueAt(HandlingTargets targets, Instant now) {
        return times().overdue(targets, severity, now);
    }

    /** Who owns the complaint now: whoever it was handed over to last, else its first responder. */
    public UserAccount currentOwner() {
        return owner != null ? owner : firstResponder;
    }

    private static Long idOf(Contact contact) {
        return contact == null ? null : contact.getId();
    }

    private static void requireContactOf(Customer customer, Contact contact) {
        if (contact != null && !Objects.equals(contact.getCustomer().getId(), customer.getId())) {
            throw new IllegalArgumentException("contact " + contact.getId() + " is not one of customer " + customer.getId());
        }
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Contact getContact() {
        return contact;
    }

    public Channel getChannel() {
        return channel;
    }

    public Category getCategory() {
        return category;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getDescription() {
        return description;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public UserAccount getFirstResponder() {
        return firstResponder;
    }

    public ComplaintStatus getStatus() {
        return status;
    }

    public String getRootCause() {
        return rootCause;
    }

    public String getCorrectiveAction() {
        return correctiveAction;
    }

    public Integer getHandlingSatisfaction() {
        return handlingSatisfaction;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public Instant getInvestigatingAt() {
        return investigatingAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Instant getFollowedUpAt() {
        return followedUpAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Effectiveness getEffectiveness() {
        return effectiveness;
    }

    public String getEffectivenessEvidence() {
        return effectivenessEvidence;
    }

    public Long getResponseId() {
        return responseId;
    }

    public Long getQuestionId() {
        return questionId;
    }

    public long getVersion() {
        return version;
    }

    public LocalDate getLastOverdueReminderOn() {
        return lastOverdueReminderOn;
    }

    public List<ComplaintEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }
}
