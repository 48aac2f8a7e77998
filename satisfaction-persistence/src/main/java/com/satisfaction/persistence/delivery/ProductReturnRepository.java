package com.satisfaction.persistence.delivery;

import org.springframework.data.jpa.repository.JpaRepository;

/** Product returns; the SQL over both tables is {@link DeliveryRepository}'s. */
public interface ProductReturnRepository extends JpaRepository<ProductReturn, Long> {

    boolean existsByCustomerIdAndPeriod(long customerId, String period);
}
