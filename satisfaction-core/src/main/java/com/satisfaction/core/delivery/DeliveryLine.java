package com.satisfaction.core.delivery;

import com.satisfaction.core.period.Period;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One checked delivery or return of a lot, as {@link DeliveryRules#check} makes it from an ERP file's row.
 *
 * @param kind         delivery or return
 * @param customerCode the customer's register code
 * @param lot          the lot (批次), the key of re-imports
 * @param date         the day of the delivery or return
 * @param quantity     whole units, 1 to {@link DeliveryRules#QUANTITY_MAX}
 * @param defectReason why the goods came back; null for a delivery
 */
public record DeliveryLine(MovementKind kind, String customerCode, String lot, LocalDate date, long quantity,
                           String defectReason) {

    /** Checks what {@link DeliveryRules#check} guarantees, so that no other path makes a line that breaks them. */
    public DeliveryLine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(customerCode, "customerCode");
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(date, "date");
        if (quantity < 1 || quantity > DeliveryRules.QUANTITY_MAX) {
            throw new IllegalArgumentException("quantity " + quantity + " is outside 1–" + DeliveryRules.QUANTITY_MAX);
        }
        if (kind == MovementKind.RETURN && (defectReason == null || defectReason.isBlank())) {
            throw new IllegalArgumentException("a return needs a defect reason");
        }
        if (kind == MovementKind.DELIVERY && defectReason != null) {
            throw new IllegalArgumentException("a delivery has no defect reason");
        }
    }

    /** The half-year the line counts in. */
    public Period period() {
        return Period.containing(date);
    }
}
