package com.satisfaction.persistence.delivery;

import com.satisfaction.core.delivery.MovementKind;

import java.time.LocalDate;

/**
 * One row of the deliveries list: a delivery or a return, of a lot or a per-period total ({@code period} set).
 *
 * @param kind         delivery or return
 * @param id           the row's id in its table
 * @param customerId   the customer
 * @param customerCode its register code
 * @param customerName its name
 * @param lot          the lot; null for a per-period total
 * @param period       the period of a per-period total; null for a lot
 * @param day          the day (a per-period total: the period's last day)
 * @param quantity     whole units
 * @param defectReason a return's defect reason
 */
public record MovementRow(MovementKind kind, long id, long customerId, String customerCode, String customerName,
                          String lot, String period, LocalDate day, long quantity, String defectReason) {

    public boolean periodTotal() {
        return period != null;
    }
}
