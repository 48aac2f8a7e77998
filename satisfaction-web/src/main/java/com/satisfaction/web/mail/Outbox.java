package com.satisfaction.web.mail;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/**
 * Queues mails: one batched INSERT for all of them, in the caller's transaction, so queuing ten thousand
 * invitations never waits on SMTP and a campaign is created with its mails or not at all.
 */
@Service
public class Outbox {

    private static final String INSERT = "INSERT INTO mail_outbox (recipient_id, kind, to_address, subject, html_body, "
            + "text_body, status, attempts, created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, 'QUEUED', 0, ?, ?)";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Outbox(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void queue(List<OutgoingMail> mails) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.batchUpdate(INSERT, mails, 500, (statement, mail) -> {
            statement.setObject(1, mail.recipientId());
            statement.setString(2, mail.kind().name());
            statement.setString(3, mail.to());
            statement.setString(4, mail.subject());
            statement.setString(5, mail.htmlBody());
            statement.setString(6, mail.textBody());
            statement.setTimestamp(7, now);
            statement.setTimestamp(8, now);
        });
    }
}
