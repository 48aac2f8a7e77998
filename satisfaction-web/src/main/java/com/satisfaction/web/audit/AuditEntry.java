package com.satisfaction.web.audit;

import java.time.Instant;
import java.util.List;

/** One change to a record: when, by whom, what kind, and each field that changed (before → after). */
public record AuditEntry(Instant at, String actor, Kind kind, List<FieldChange> changes) {

    public enum Kind { CREATED, CHANGED, DELETED }

    /** A field's value before and after the change, formatted for reading; null where there was none. */
    public record FieldChange(String field, String before, String after) {
    }

    public AuditEntry {
        changes = List.copyOf(changes);
    }
}
