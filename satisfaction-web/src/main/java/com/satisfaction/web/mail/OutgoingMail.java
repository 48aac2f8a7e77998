package com.satisfaction.web.mail;

import com.satisfaction.persistence.mail.MailKind;

/** A mail to queue: for a recipient's link (null for a test mail), already rendered in its reader's language. */
public record OutgoingMail(Long recipientId, MailKind kind, String to, String subject, String htmlBody,
                           String textBody) {
}
