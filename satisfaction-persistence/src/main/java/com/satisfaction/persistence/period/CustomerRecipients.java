package com.satisfaction.persistence.period;

/**
 * A customer's personal links in the period's campaigns.
 *
 * @param customerId       the customer; null for recipients in no register entry
 * @param invited          every link
 * @param sentOrUnmailable the links sent, answered, or without a mail address (handed out by hand)
 * @param answered         the links answered
 */
public record CustomerRecipients(Long customerId, long invited, long sentOrUnmailable, long answered) {

    public static final CustomerRecipients NONE = new CustomerRecipients(null, 0, 0, 0);

    /** The links counted as sent: every link when the outbox does not mail them, else those sent or unmailable. */
    public long sent(boolean outboxDelivers) {
        return outboxDelivers ? sentOrUnmailable : invited;
    }
}
