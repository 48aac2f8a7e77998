package com.satisfaction.web.complaint;

import com.satisfaction.core.complaint.Outcome;
import com.satisfaction.core.complaint.Transition;
import com.satisfaction.persistence.complaint.Complaint;
import com.satisfaction.persistence.complaint.ComplaintRepository;
import com.satisfaction.persistence.user.UserAccount;
import com.satisfaction.persistence.user.UserAccountRepository;
import com.satisfaction.web.mail.Outbox;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The steps of a complaint's handling and its hand-over, each in one transaction, against the version of the
 * complaint the person saw: if someone changed it meanwhile, nothing is changed and the page says so. A hand-over
 * queues the mail that tells the new owner in the same transaction (so it goes out exactly when the hand-over holds).
 */
@Service
public class ComplaintHandling {

    private final ComplaintRepository complaints;
    private final UserAccountRepository users;
    private final ComplaintMails mails;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ComplaintHandling(ComplaintRepository complaints, UserAccountRepository users, ComplaintMails mails, Outbox outbox,
                      TransactionTemplate transaction, Clock clock) {
        this.complaints = complaints;
        this.users = users;
        this.mails = mails;
        this.outbox = outbox;
        this.transaction = transaction;
        this.clock = clock;
    }

    public Change take(long id, StepForm form, String username) {
        Optional<Transition> step = form.step();
        if (step.isEmpty()) {
            return Change.Refused.of("complaints.refused.notNext");
        }
        return changing(id, form.expectedVersion(), complaint -> {
            UserAccount actor = users.findByUsername(username).orElseThrow();
            Outcome outcome = complaint.take(step.get(), form.input(), actor, clock.instant());
            return outcome instanceof Outcome.Refused refused ? Change.Refused.of(refused.reason())
                    : new Change.Done(id, "complaints.step.done." + step.get());
        });
    }

    Change handOver(long id, HandoverForm form, String username) {
        return changing(id, form.expectedVersion(), complaint -> {
            UserAccount actor = users.findByUsername(username).orElseThrow();
            UserAccount newOwner = form.newOwner().flatMap(users::findById).orElse(null);
            Instant now = clock.instant();
            Outcome outcome = complaint.handOver(newOwner, newOwner != null && ComplaintRecords.mayHandle(newOwner),
                    form.reason(), actor, now);
            if (outcome instanceof Outcome.Refused refused) {
                return new Change.Refused(refused.reason().startsWith("complaints.handover.") ? "handover" : null,
                        refused.reason());
            }
            if (!newOwner.hasEmail()) {
                return new Change.Done(id, "complaints.handedOver.noMail");
            }
            complaints.flush();
            outbox.queue(List.of(mails.handedOver(complaint, newOwner, actor, form.reason(), clock.getZone())));
            return new Change.Done(id, "complaints.handedOver");
        });
    }

    private Change changing(long id, Optional<Long> expectedVersion, java.util.function.Function<Complaint, Change> change) {
        try {
            return transaction.execute(status -> {
                Optional<Complaint> found = complaints.findById(id);
                if (found.isEmpty()) {
                    return new Change.NotFound();
                }
                if (expectedVersion.map(v -> v != found.get().getVersion()).orElse(true)) {
                    return Change.Refused.of(Change.STALE);
                }
                Change result = change.apply(found.get());
                if (result instanceof Change.Done) {
                    complaints.flush();
                }
                return result;
            });
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            return Change.Refused.of(Change.STALE);
        }
    }
}
