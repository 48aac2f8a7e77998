package com.satisfaction.persistence.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One mail of the outbox. Rows are written in bulk by SQL; the entity reads them and records what became of them. */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id")
    private Long recipientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MailKind kind;

    @Column(name = "to_address", nullable = false, length = 254)
    private String to;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(name = "html_body", nullable = false, length = 200000)
    private String htmlBody;

    @Column(name = "text_body", nullable = false, length = 200000)
    private String textBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MailStatus status = MailStatus.QUEUED;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMail() {
    }

    public void markSent(Instant now) {
        status = MailStatus.SENT;
        sentAt = now;
        claimedUntil = null;
        lastError = null;
    }

    /** A failed attempt: tried again at {@code retryAt}, or failed for good when there is none. */
    public void markFailed(String error, Instant retryAt) {
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        claimedUntil = null;
        if (retryAt == null) {
            status = MailStatus.FAILED;
        } else {
            nextAttemptAt = retryAt;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getRecipientId() {
        return recipientId;
    }

    public MailKind getKind() {
        return kind;
    }

    public String getTo() {
        return to;
    }

    public String getSubject() {
        return subject;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public String getTextBody() {
        return textBody;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
