package com.satisfaction.persistence.delivery;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

/** Deliveries, and through {@link MovementQueries} the SQL over deliveries and product returns together. */
public interface DeliveryRepository extends JpaRepository<Delivery, Long>, MovementQueries {

    boolean existsByCustomerIdAndPeriod(long customerId, String period);

    /** The customer's delivery of this lot (the natural key). */
    Optional<Delivery> findByCustomerIdAndLot(long customerId, String lot);

    /** The customer's delivered total of this period ({@code 2026-H1}). */
    Optional<Delivery> findByCustomerIdAndPeriod(long customerId, String period);
}
