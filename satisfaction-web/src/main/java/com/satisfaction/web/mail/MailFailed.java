package com.satisfaction.web.mail;

import com.satisfaction.persistence.mail.MailKind;

import java.time.Instant;

/** Published when a mail to a recipient's link failed for good (no attempt left), inside the recording transaction. */
public record MailFailed(long recipientId, MailKind kind, Instant at, String error) {
}
