package com.satisfaction.web.mail;

import com.satisfaction.persistence.mail.OutboxMail;
import com.satisfaction.persistence.mail.OutboxRepository;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Sends the outbox, once. Each run claims a batch of due mails in a short transaction ({@code FOR UPDATE SKIP
 * LOCKED}, then a claim that expires after ten minutes, so a worker that dies mid-batch loses nothing), sends them
 * outside any transaction (SMTP never holds a database connection), and records each outcome in a transaction of
 * its own: sent, or tried again after 1, 5 and 30 minutes and then failed for good. With no mail server configured
 * it does nothing and mails stay readable in the outbox page.
 */
@Component
public class OutboxWorker {

    static final List<Duration> BACK_OFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30));
    static final Duration CLAIM = Duration.ofMinutes(10);
    static final int BATCH = 50;

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

    private final OutboxRepository outbox;
    private final ObjectProvider<JavaMailSender> sender;
    private final MailSettings settings;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OutboxWorker(OutboxRepository outbox, ObjectProvider<JavaMailSender> sender, MailSettings settings,
                 PlatformTransactionManager transactionManager, ApplicationEventPublisher events, Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactionManager);
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${satisfaction.mail.worker-delay:5s}", initialDelayString = "${satisfaction.mail.worker-delay:5s}")
    void scheduledRun() {
        while (sendDue() == BATCH) {
            // a full batch: there may be more due
        }
    }

    /** Claims and sends one batch of due mails; returns how many it claimed (0 without a mail server). */
    public int sendDue() {
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null || !settings.hasServer()) {
            return 0;
        }
        List<OutboxMail> claimed = claim();
        for (OutboxMail mail : claimed) {
            try {
                mailSender.send(mimeOf(mailSender, mail));
                record(mail.getId(), null);
            } catch (MailException | MessagingException failure) {
                log.warn("Mail {} to {} failed (attempt {}): {}", mail.getId(), mail.getTo(), mail.getAttempts(),
                        failure.getMessage());
                record(mail.getId(), String.valueOf(failure.getMessage()));
            }
        }
        return claimed.size();
    }

    private List<OutboxMail> claim() {
        return transaction.execute(status -> {
            Instant now = clock.instant();
            List<Long> ids = outbox.lockDue(now, BATCH);
            if (ids.isEmpty()) {
                return List.of();
            }
            outbox.claim(ids, now.plus(CLAIM));
            return outbox.findAllById(ids);
        });
    }

    private MimeMessage mimeOf(JavaMailSender mailSender, OutboxMail mail) throws MessagingException {
        MimeMessage message = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(settings.getFrom());
        helper.setTo(mail.getTo());
        helper.setSubject(mail.getSubject());
        helper.setText(mail.getTextBody(), mail.getHtmlBody());
        return message;
    }

    /** Sent when {@code error} is null; else another attempt after the back-off, or failed for good. */
    private void record(long id, String error) {
        transaction.executeWithoutResult(status -> {
            Instant now = clock.instant();
            OutboxMail mail = outbox.findById(id).orElseThrow();
            if (error == null) {
                mail.markSent(now);
                if (mail.getRecipientId() != null) {
                    events.publishEvent(new MailDelivered(mail.getRecipientId(), mail.getKind(), now));
                }
                return;
            }
            int attempt = mail.getAttempts();
            Instant retryAt = attempt <= BACK_OFF.size() ? now.plus(BACK_OFF.get(attempt - 1)) : null;
            mail.markFailed(error, retryAt);
            if (retryAt == null && mail.getRecipientId() != null) {
                events.publishEvent(new MailFailed(mail.getRecipientId(), mail.getKind(), now, error));
            }
        });
    }
}
