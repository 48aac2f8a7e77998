package com.satisfaction.persistence.delivery;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.Optional;

/** Product returns; the SQL over both tables is {@link DeliveryRepository}'s. */
public interface ProductReturnRepository extends JpaRepository<ProductReturn, Long> {

    boolean existsByCustomerIdAndPeriod(long customerId, String period);

    /** The customer's return of this lot on this day for this reason (the natural key). */
    Optional<ProductReturn> findByCustomerIdAndLotAndReturnedOnAndDefectReason(long customerId, String lot,
                                                                                LocalDate returnedOn, String defectReason);

    /** The customer's returned total of this period ({@code 2026-H1}). */
    Optional<ProductReturn> findByCustomerIdAndPeriod(long customerId, String period);
}
