package com.satisfaction.web.complaint;

import com.satisfaction.core.complaint.HandlingTargets;
import com.satisfaction.persistence.complaint.Complaint;
import com.satisfaction.persistence.complaint.ComplaintFilter;
import com.satisfaction.persistence.complaint.ComplaintQueries;
import com.satisfaction.persistence.complaint.ComplaintRepository;
import com.satisfaction.persistence.user.UserAccount;
import com.satisfaction.web.mail.Outbox;
import com.satisfaction.web.mail.OutgoingMail;
import org.springframework.data.domain.Sort;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reminds owners of their overdue complaints by mail, at most once a day per complaint. The job looks every hour
 * (so a complaint that falls overdue in the afternoon is reminded that afternoon, not the next morning); each
 * complaint's reminder for the day is claimed by one conditional UPDATE of {@code last_overdue_reminder_on} in the
 * transaction that queues its mail, so a second run, or another instance's run at the same moment (which waits on
 * the row's lock and then finds the day claimed), queues nothing more. Owners without a mail address are skipped.
 */
@Component
public class OverdueReminders {

    private final ComplaintRepository complaints;
    private final HandlingTargets targets;
    private final ComplaintMails mails;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final Clock clock;

    OverdueReminders(ComplaintRepository complaints, HandlingTargets targets, ComplaintMails mails, Outbox outbox,
                     TransactionTemplate transaction, Clock clock) {
        this.complaints = complaints;
        this.targets = targets;
        this.mails = mails;
        this.outbox = outbox;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${satisfaction.complaints.overdue-check-every:1h}",
            initialDelayString = "${satisfaction.complaints.overdue-first-check:2m}")
    void scheduledRun() {
        remindOverdue();
    }

    /** Queues today's reminder for every overdue complaint not yet reminded today; returns how many it queued. */
    public int remindOverdue() {
        Integer queued = transaction.execute(status -> {
            Instant now = clock.instant();
            LocalDate today = LocalDate.now(clock);
            List<Complaint> overdue = complaints.findAll(ComplaintQueries.matching(
                    new ComplaintFilter(null, null, null, null, null, null, true), targets, now, clock.getZone()),
                    Sort.by("id"));
            List<OutgoingMail> reminders = new ArrayList<>();
            for (Complaint complaint : overdue) {
                UserAccount owner = complaint.currentOwner();
                if (!owner.isEnabled() || !owner.hasEmail()) {
                    continue;
                }
                if (complaints.claimOverdueReminder(complaint.getId(), today) == 1) {
                    reminders.add(mails.overdue(complaint, owner, deadlineMissed(complaint, now), clock.getZone()));
                }
            }
            if (!reminders.isEmpty()) {
                outbox.queue(reminders);
            }
            return reminders.size();
        });
        return queued == null ? 0 : queued;
    }

    /** The deadline the complaint has missed: acknowledgement while unacknowledged and past it, else resolution. */
    private Instant deadlineMissed(Complaint complaint, Instant now) {
        Instant acknowledgeBy = targets.acknowledgeBy(complaint.getSeverity(), complaint.getReceivedAt());
        return complaint.getAcknowledgedAt() == null && now.isAfter(acknowledgeBy)
                ? acknowledgeBy : targets.resolveBy(complaint.getSeverity(), complaint.getReceivedAt());
    }
}
