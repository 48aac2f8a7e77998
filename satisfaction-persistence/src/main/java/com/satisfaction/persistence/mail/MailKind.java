package com.satisfaction.persistence.mail;

/**
 * Why a mail was written: a campaign's invitation or reminder, an administrator's test mail, a complaint handed over
 * to its new owner, an overdue complaint or improvement action reminded to its owner.
 */
public enum MailKind {
    INVITATION, REMINDER, TEST, COMPLAINT_HANDOVER, COMPLAINT_OVERDUE, ACTION_OVERDUE
}
