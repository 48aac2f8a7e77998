package com.satisfaction.persistence.complaint;

import com.satisfaction.core.complaint.ComplaintStatus;
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

/** One row of a complaint's history: who did what when, from which status or owner to which, with a note. */
@Entity
@Table(name = "complaint_event")
public class ComplaintEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "complaint_id")
    private Complaint complaint;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id")
    private UserAccount actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EventKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private ComplaintStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 20)
    private ComplaintStatus toStatus;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "from_owner_id")
    private UserAccount fromOwner;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "to_owner_id")
    private UserAccount toOwner;

    @Column(length = 4000)
    private String note;

    protected ComplaintEvent() {
    }

    private ComplaintEvent(Complaint complaint, Instant occurredAt, UserAccount actor, EventKind kind, String note) {
        this.complaint = complaint;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.kind = kind;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    static ComplaintEvent recorded(Complaint complaint, Instant at, UserAccount actor) {
        ComplaintEvent event = new ComplaintEvent(complaint, at, actor, EventKind.RECORDED, null);
        event.toStatus = ComplaintStatus.RECEIVED;
        event.toOwner = actor;
        return event;
    }

    static ComplaintEvent step(Complaint complaint, Instant at, UserAccount actor, ComplaintStatus from,
                               ComplaintStatus to, String note) {
        ComplaintEvent event = new ComplaintEvent(complaint, at, actor, EventKind.STATUS, note);
        event.fromStatus = from;
        event.toStatus = to;
        return event;
    }

    static ComplaintEvent handOver(Complaint complaint, Instant at, UserAccount actor, UserAccount from,
                                   UserAccount to, String reason) {
        ComplaintEvent event = new ComplaintEvent(complaint, at, actor, EventKind.HANDOVER, reason);
        event.fromOwner = from;
        event.toOwner = to;
        return event;
    }

    /** An edit of the complaint's details; {@code fields} names the fields changed, comma-separated. */
    static ComplaintEvent edit(Complaint complaint, Instant at, UserAccount actor, String fields) {
        return new ComplaintEvent(complaint, at, actor, EventKind.EDIT, fields);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public UserAccount getActor() {
        return actor;
    }

    public EventKind getKind() {
        return kind;
    }

    public ComplaintStatus getFromStatus() {
        return fromStatus;
    }

    public ComplaintStatus getToStatus() {
        return toStatus;
    }

    public UserAccount getFromOwner() {
        return fromOwner;
    }

    public UserAccount getToOwner() {
        return toOwner;
    }

    public String getNote() {
        return note;
    }
}
