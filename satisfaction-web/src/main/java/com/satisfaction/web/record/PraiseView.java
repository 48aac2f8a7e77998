package com.satisfaction.web.record;

import com.satisfaction.core.record.PraiseType;
import com.satisfaction.persistence.record.Praise;

import java.time.Instant;
import java.time.LocalDate;

/** A praise as its page shows it, built inside the service's transaction. */
record PraiseView(long id, long customerId, String customerCode, String customerName, LocalDate praisedOn,
                  PraiseType type, String praised, String text, String recordedBy, Instant recordedAt) {

    static PraiseView of(Praise p) {
        return new PraiseView(p.getId(), p.getCustomer().getId(), p.getCustomer().getCode(), p.getCustomer().getName(),
                p.getPraisedOn(), p.getType(), p.getPraised(), p.getText(), p.getRecordedBy(), p.getRecordedAt());
    }

    PraiseForm toForm() {
        return new PraiseForm(String.valueOf(customerId), praisedOn.toString(), type.name(), praised, text);
    }
}
