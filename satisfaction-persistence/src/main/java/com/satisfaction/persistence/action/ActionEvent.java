package com.satisfaction.persistence.action;

import com.satisfaction.core.action.ActionStatus;
import com.satisfaction.persistence.user.UserAccount;
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
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/** One change of an action's status — who, when, from, to, and the note given — or its creation (no from). */
@Entity
@Table(name = "action_event")
public class ActionEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_id")
    private ImprovementAction action;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id")
    private UserAccount actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private ActionStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private ActionStatus toStatus;

    @Column(length = 4000)
    private String note;

    protected ActionEvent() {
    }

    ActionEvent(ImprovementAction action, UserAccount actor, Instant occurredAt, ActionStatus fromStatus,
                ActionStatus toStatus, String note) {
        this.action = action;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public UserAccount getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    /** The status before; empty for the row recording the action's creation. */
    public Optional<ActionStatus> from() {
        return Optional.ofNullable(fromStatus);
    }

    public ActionStatus getToStatus() {
        return toStatus;
    }

    public String getNote() {
        return note;
    }
}
