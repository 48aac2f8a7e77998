package com.satisfaction.persistence.delivery;

import org.springframework.data.jpa.repository.JpaRepository;

/** Deliveries, and through {@link MovementQueries} the SQL over deliveries and product returns together. */
public interface DeliveryRepository extends JpaRepository<Delivery, Long>, MovementQueries {

    boolean existsByCustomerIdAndPeriod(long customerId, String period);
}
