package com.satisfaction.persistence.delivery;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.Optional;

/** Product returns; the SQL over both tables is {@link DeliveryRepository}'s. */
public interface ProductReturnRepository extends JpaRepository<ProductReturn, Long> {

    /** Whether the customer has a returned total of this period ({@code 2026-H1}). */
    @Query("select count(r) > 0 from ProductReturn r where r.customer.id = :customer and r.period = :period")
    boolean existsByCustomerIdAndPeriod(@Param("customer") long customerId, @Param("period") String period);

    /** The customer's return of this lot on this day for this reason (the natural key). */
    @Query("""
            select r from ProductReturn r where r.customer.id = :customer and r.lot = :lot and r.returnedOn = :day
                and r.defectReason = :reason""")
    Optional<ProductReturn> findByLot(@Param("customer") long customerId, @Param("lot") String lot,
                                      @Param("day") LocalDate returnedOn, @Param("reason") String defectReason);

    /** The customer's returned total of this period ({@code 2026-H1}). */
    @Query("select r from ProductReturn r where r.customer.id = :customer and r.period = :period")
    Optional<ProductReturn> findByCustomerIdAndPeriod(@Param("customer") long customerId, @Param("period") String period);
}
