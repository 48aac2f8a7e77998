package com.satisfaction.persistence.action;

import com.satisfaction.core.action.ActionDeadline;
import com.satisfaction.core.action.ActionLifecycle;
import com.satisfaction.core.action.ActionSource;
import com.satisfaction.core.action.ActionStatus;
import com.satisfaction.core.action.AnswerConcern;
import com.satisfaction.core.action.Transition;
import com.satisfaction.core.period.Period;
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
import java.util.List;
import java.util.Objects;

/**
 * An improvement action (整改措施): what is to be done, by which department and person, by when, made from which source
 * (a complaint, a survey answer, a review flag, or by hand), and where it stands. Its status changes only through
 * {@link #move}, which asks the core's {@link ActionLifecycle} and records each change as an {@link ActionEvent}.
 * Every change of the action itself is kept in the audit trail ({@code improvement_action_aud}); the history rows are
 * a record of their own and are not audited.
 */
@Audited
@Entity
@Table(name = "improvement_action")
public class ImprovementAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActionSource source;

    @Column(name = "complaint_id")
    private Long complaintId;

    @Column(name = "response_id")
    private Long responseId;

    @Column(name = "question_id")
    private Long questionId;

    @Column(name = "flag_period", length = 7)
    private String flagPeriod;

    @Column(name = "flag_customer_id")
    private Long flagCustomerId;

    @Column(name = "flag_code", length = 40)
    private String flagCode;

    @Column(name = "owner_department", nullable = false, length = 100)
    private String ownerDepartment;

    @ManyToOne(fetch = FetchType.LAZY)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @JoinColumn(name = "owner_id")
    private UserAccount owner;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActionStatus status = ActionStatus.OPEN;

    @Column(length = 4000)
    private String result;

    @Column(name = "effectiveness_note", length = 4000)
    private String effectivenessNote;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @JoinColumn(name = "created_by")
    private UserAccount createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @NotAudited
    private long version;

    /** The random key of the form that created the action (null when none was given); unique. */
    @NotAudited
    @Column(name = "submission_key", length = 64, updatable = false)
    private String submissionKey;

    @NotAudited
    @OneToMany(mappedBy = "action", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("occurredAt, id")
    private List<ActionEvent> events = new ArrayList<>();

    protected ImprovementAction() {
    }

    private ImprovementAction(ActionSource source, UserAccount createdBy, Instant now) {
        this.source = source;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = now;
        events.add(new ActionEvent(this, createdBy, now, null, ActionStatus.OPEN, null));
    }

    /** An action a manager sets up on their own finding. */
    public static ImprovementAction manual(UserAccount createdBy, Instant now) {
        return new ImprovementAction(ActionSource.MANUAL, createdBy, now);
    }

    /** An action taken on a complaint. */
    public static ImprovementAction fromComplaint(long complaintId, UserAccount createdBy, Instant now) {
        ImprovementAction action = new ImprovementAction(ActionSource.COMPLAINT, createdBy, now);
        action.complaintId = complaintId;
        return action;
    }

    /** An action taken on one answer of a response: a low answer or a suggestion, as {@code concern} says. */
    public static ImprovementAction fromAnswer(AnswerConcern concern, long responseId, long questionId,
                                               UserAccount createdBy, Instant now) {
        ImprovementAction action = new ImprovementAction(concern.source(), createdBy, now);
        action.responseId = responseId;
        action.questionId = questionId;
        return action;
    }

    /** An action taken on a review flag of a customer's composite in a closed period. */
    public static ImprovementAction fromFlag(Period period, long customerId, String flagCode, UserAccount createdBy,
                                             Instant now) {
        ImprovementAction action = new ImprovementAction(ActionSource.FLAG, createdBy, now);
        action.flagPeriod = period.toString();
        action.flagCustomerId = customerId;
        action.flagCode = Objects.requireNonNull(flagCode, "flagCode");
        return action;
    }

    /** Records the random key of the form that creates the action, so that a second post of it finds this one. */
    public void submittedWith(String key) {
        this.submissionKey = key;
    }

    /** Sets what is to be done, by whom and by when; the source and the status stay. */
    public void describe(String title, String description, String ownerDepartment, UserAccount owner,
                         LocalDate dueDate) {
        this.title = Objects.requireNonNull(title, "title");
        this.description = description;
        this.ownerDepartment = Objects.requireNonNull(ownerDepartment, "ownerDepartment");
        this.owner = owner;
        this.dueDate = Objects.requireNonNull(dueDate, "dueDate");
    }

    /**
     * Moves the action to {@code to} if the lifecycle allows it, recording who did it, when and {@code text}: the
     * result for DONE, the effectiveness note for VERIFIED, the reason for going back, or a note. A refusal changes
     * nothing.
     */
    public Transition move(ActionStatus to, String text, UserAccount actor, Instant now) {
        Transition transition = ActionLifecycle.move(status, to, text);
        if (transition instanceof Transition.Allowed allowed) {
            String note = text == null || text.isBlank() ? null : text.strip();
            if (to == ActionStatus.DONE) {
                result = note;
            } else if (to == ActionStatus.VERIFIED) {
                effectivenessNote = note;
            }
            status = to;
            events.add(new ActionEvent(this, actor, now, allowed.from(), to, note));
        }
        return transition;
    }

    /** Whether the action is overdue on {@code today} (see {@link ActionDeadline}). */
    public boolean isOverdue(LocalDate today) {
        return ActionDeadline.isOverdue(status, dueDate, today);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public ActionSource getSource() {
        return source;
    }

    public Long getComplaintId() {
        return complaintId;
    }

    public Long getResponseId() {
        return responseId;
    }

    public Long getQuestionId() {
        return questionId;
    }

    public String getFlagPeriod() {
        return flagPeriod;
    }

    public Long getFlagCustomerId() {
        return flagCustomerId;
    }

    public String getFlagCode() {
        return flagCode;
    }

    public String getOwnerDepartment() {
        return ownerDepartment;
    }

    public UserAccount getOwner() {
        return owner;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public String getResult() {
        return result;
    }

    public String getEffectivenessNote() {
        return effectivenessNote;
    }

    public UserAccount getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    public List<ActionEvent> getEvents() {
        return List.copyOf(events);
    }
}
