package com.satisfaction.persistence.delivery;

import com.satisfaction.core.delivery.MovementKind;

import java.time.LocalDate;

/**
 * A stored lot row, as an import compares a file's row with it.
 *
 * @param kind         delivery or return
 * @param id           its id
 * @param customerId   the customer
 * @param lot          the lot
 * @param day          the day
 * @param defectReason a return's defect reason; null for a delivery
 * @param quantity     whole units
 */
public record StoredLot(MovementKind kind, long id, long customerId, String lot, LocalDate day, String defectReason,
                        long quantity) {
}
