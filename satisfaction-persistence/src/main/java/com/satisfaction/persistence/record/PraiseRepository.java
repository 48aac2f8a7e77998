package com.satisfaction.persistence.record;

import com.satisfaction.core.record.PraiseType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.Optional;

public interface PraiseRepository extends JpaRepository<Praise, Long> {

    /** Praise dated {@code from}–{@code to}, of one customer and one type when given; newest first, paged in SQL. */
    @Query(value = """
            select new com.satisfaction.persistence.record.PraiseRow(
                p.id, c.id, c.code, c.name, p.praisedOn, p.type, p.praised, p.text)
            from Praise p join p.customer c
            where (:customerId is null or c.id = :customerId) and p.praisedOn between :from and :to
              and (:type is null or p.type = :type)
            order by p.praisedOn desc, p.id desc""",
            countQuery = """
            select count(p) from Praise p
            where (:customerId is null or p.customer.id = :customerId) and p.praisedOn between :from and :to
              and (:type is null or p.type = :type)""")
    Page<PraiseRow> rows(@Param("customerId") Long customerId, @Param("from") LocalDate from,
                         @Param("to") LocalDate to, @Param("type") PraiseType type, Pageable page);

    /** The praise with its customer, for its page and its form. */
    @EntityGraph(attributePaths = "customer")
    @Query("select p from Praise p where p.id = :id")
    Optional<Praise> findWithCustomer(@Param("id") long id);
}
