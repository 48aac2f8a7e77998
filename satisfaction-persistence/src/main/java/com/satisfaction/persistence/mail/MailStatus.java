package com.satisfaction.persistence.mail;

/** A mail waits (QUEUED, also between attempts), went out (SENT) or failed for good (FAILED). */
public enum MailStatus {
    QUEUED, SENT, FAILED
}
