package com.satisfaction.persistence.complaint;

/** What a history row of a complaint records: its recording, a status step, a hand-over, an edit of its details. */
public enum EventKind {
    RECORDED, STATUS, HANDOVER, EDIT
}
