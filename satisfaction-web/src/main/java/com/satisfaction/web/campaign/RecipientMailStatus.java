package com.satisfaction.web.campaign;

import com.satisfaction.persistence.response.RecipientRepository;
import com.satisfaction.web.mail.MailDelivered;
import com.satisfaction.web.mail.MailFailed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps a recipient's "sent" and "failed" times in step with the outbox. Handled before the outbox's transaction
 * commits, in that same transaction: the mail's status and the recipient's change together or not at all, on the
 * one connection the worker already holds, with no second transaction to open after commit.
 */
@Component
class RecipientMailStatus {

    private final RecipientRepository recipients;

    RecipientMailStatus(RecipientRepository recipients) {
        this.recipients = recipients;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void delivered(MailDelivered event) {
        recipients.markSent(event.recipientId(), event.at());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void failed(MailFailed event) {
        recipients.markSendFailed(event.recipientId(), event.at());
    }
}
