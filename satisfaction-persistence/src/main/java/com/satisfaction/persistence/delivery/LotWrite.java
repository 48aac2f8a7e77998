package com.satisfaction.persistence.delivery;

import com.satisfaction.core.delivery.DeliveryLine;

/**
 * One imported line to write: a new row ({@code id} null) or the change of the stored row {@code id}.
 *
 * @param id         the stored row to change; null to insert
 * @param customerId the customer the line's code names
 * @param line       the checked line
 */
public record LotWrite(Long id, long customerId, DeliveryLine line) {
}
