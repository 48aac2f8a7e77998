package com.satisfaction.persistence.record;

import com.satisfaction.core.record.PraiseType;

import java.time.LocalDate;

/** One praise as a list shows it, with its customer. */
public record PraiseRow(long id, long customerId, String customerCode, String customerName, LocalDate praisedOn,
                        PraiseType type, String praised, String text) {
}
