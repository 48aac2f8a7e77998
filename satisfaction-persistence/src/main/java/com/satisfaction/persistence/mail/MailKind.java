package com.satisfaction.persistence.mail;

/** Why a mail was written: a campaign's invitation or reminder, or an administrator's test mail. */
public enum MailKind {
    INVITATION, REMINDER, TEST
}
