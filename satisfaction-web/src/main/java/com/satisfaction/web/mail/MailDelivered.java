package com.satisfaction.web.mail;

import com.satisfaction.persistence.mail.MailKind;

import java.time.Instant;

/** Published when a mail to a recipient's link went out, inside the transaction that records it. */
public record MailDelivered(long recipientId, MailKind kind, Instant at) {
}
