package com.satisfaction.persistence.delivery;

/**
 * A lot of a customer, as an import looks stored rows up.
 *
 * @param customerId the customer
 * @param lot        the lot
 */
public record LotKey(long customerId, String lot) {
}
