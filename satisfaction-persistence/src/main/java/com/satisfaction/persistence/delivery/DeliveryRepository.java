package com.satisfaction.persistence.delivery;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Optional;

/** Deliveries, and through {@link MovementQueries} the SQL over deliveries and product returns together. */
public interface DeliveryRepository extends JpaRepository<Delivery, Long>, MovementQueries {

    /** Whether the customer has a delivered total of this period ({@code 2026-H1}). */
    @Query("select count(d) > 0 from Delivery d where d.customer.id = :customer and d.period = :period")
    boolean existsByCustomerIdAndPeriod(@Param("customer") long customerId, @Param("period") String period);

    /** The customer's delivery of this lot (the natural key). */
    @Query("select d from Delivery d where d.customer.id = :customer and d.lot = :lot")
    Optional<Delivery> findByCustomerIdAndLot(@Param("customer") long customerId, @Param("lot") String lot);

    /** The customer's delivered total of this period ({@code 2026-H1}). */
    @Query("select d from Delivery d where d.customer.id = :customer and d.period = :period")
    Optional<Delivery> findByCustomerIdAndPeriod(@Param("customer") long customerId, @Param("period") String period);
}
