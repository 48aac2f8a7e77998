package com.satisfaction.web.campaign;

import com.satisfaction.core.campaign.WorkingDays;
import com.satisfaction.persistence.campaign.Campaign;
import com.satisfaction.persistence.campaign.CampaignRepository;
import com.satisfaction.persistence.response.RecipientRepository;
import com.satisfaction.web.calendar.QuietDays;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The campaigns' daily round: closes campaigns whose closing time has come, then queues a reminder for each
 * recipient of an open campaign who has not answered, has an e-mail and no mail waiting, once the campaign's
 * interval has passed since their last mail. A reminder due on a quiet day (weekend or holiday) waits for the next
 * working day; none goes out on a quiet day or after the closing time. Running it twice queues nothing twice: a
 * queued reminder is the recipient's last mail.
 */
@Component
public class Reminders {

    private final CampaignRepository campaigns;
    private final RecipientRepository recipients;
    private final CampaignSetup setup;
    private final QuietDays quietDays;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Reminders(CampaignRepository campaigns, RecipientRepository recipients, CampaignSetup setup, QuietDays quietDays,
              PlatformTransactionManager transactionManager, Clock clock) {
        this.campaigns = campaigns;
        this.recipients = recipients;
        this.setup = setup;
        this.quietDays = quietDays;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${satisfaction.reminders.every:15m}", initialDelayString = "${satisfaction.reminders.every:15m}")
    void scheduledRun() {
        run();
    }

    /** Closes expired campaigns and queues the reminders due today; returns how many reminders it queued. */
    public int run() {
        Instant now = clock.instant();
        campaigns.closeExpired(now);
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        WorkingDays days = quietDays.calendar();
        if (days.isQuiet(today)) {
            return 0;
        }
        Integer queued = transaction.execute(status -> {
            int count = 0;
            for (Campaign campaign : campaigns.findReminding(now)) {
                campaigns.lockById(campaign.getId());
                List<Long> due = new ArrayList<>();
                for (Object[] row : recipients.unansweredWithLastMail(campaign.getId())) {
                    LocalDate lastMail = LocalDate.ofInstant(instantOf(row[1]), clock.getZone());
                    if (!days.reminderDue(lastMail, campaign.getReminderDays()).isAfter(today)) {
                        due.add(((Number) row[0]).longValue());
                    }
                }
                count += setup.queueReminders(campaign, due);
            }
            return count;
        });
        return queued == null ? 0 : queued;
    }

    private static Instant instantOf(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        throw new IllegalStateException("Unexpected time " + value.getClass());
    }
}
