package com.satisfaction.persistence.record;

import com.satisfaction.core.record.LostBusinessKind;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.Optional;

public interface LostBusinessRepository extends JpaRepository<LostBusiness, Long> {

    /** Lost business dated {@code from}–{@code to}, of one customer and one kind when given; newest first, paged. */
    @Query(value = """
            select new com.satisfaction.persistence.record.LostBusinessRow(
                lb.id, c.id, c.code, c.name, lb.kind, lb.productLine, lb.lostOn, lb.reason,
                lb.estimatedValue.amount, lb.estimatedValue.currency)
            from LostBusiness lb join lb.customer c
            where (:customerId is null or c.id = :customerId) and lb.lostOn between :from and :to
              and (:kind is null or lb.kind = :kind)
            order by lb.lostOn desc, lb.id desc""",
            countQuery = """
            select count(lb) from LostBusiness lb
            where (:customerId is null or lb.customer.id = :customerId) and lb.lostOn between :from and :to
              and (:kind is null or lb.kind = :kind)""")
    Page<LostBusinessRow> rows(@Param("customerId") Long customerId, @Param("from") LocalDate from,
                               @Param("to") LocalDate to, @Param("kind") LostBusinessKind kind, Pageable page);

    /** The lost business with its customer, for its page and its form. */
    @EntityGraph(attributePaths = "customer")
    @Query("select lb from LostBusiness lb where lb.id = :id")
    Optional<LostBusiness> findWithCustomer(@Param("id") long id);

    /** The day the customer was last recorded as lost (kind CUSTOMER); empty when never. */
    @Query("""
            select max(lb.lostOn) from LostBusiness lb
            where lb.customer.id = :customerId and lb.kind = com.satisfaction.core.record.LostBusinessKind.CUSTOMER""")
    Optional<LocalDate> lastLostOn(@Param("customerId") long customerId);
}
