package com.satisfaction.persistence.record;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Claims, and the complaints a claim may link to (read from the complaint table, see {@link ComplaintChoices}). */
public interface ClaimRepository extends JpaRepository<Claim, Long>, ComplaintChoices {

    String MATCHING = """
            where (:customerId is null or cl.customer.id = :customerId) and cl.claimedOn between :from and :to
              and (:currency is null or cl.amount.currency = :currency)
              and (:linked is null or (:linked = true and cl.complaintId is not null)
                                   or (:linked = false and cl.complaintId is null))""";

    /**
     * Claims dated {@code from}–{@code to}, of one customer, in one currency, linked to a complaint or not, when
     * given; newest first, paged in SQL.
     */
    @Query(value = """
            select new com.satisfaction.persistence.record.ClaimRow(
                cl.id, c.id, c.code, c.name, cl.claimedOn, cl.amount.amount, cl.amount.currency, cl.reason,
                cl.complaintId)
            from Claim cl join cl.customer c
            """ + MATCHING + " order by cl.claimedOn desc, cl.id desc",
            countQuery = "select count(cl) from Claim cl " + MATCHING)
    Page<ClaimRow> rows(@Param("customerId") Long customerId, @Param("from") LocalDate from,
                        @Param("to") LocalDate to, @Param("currency") String currency,
                        @Param("linked") Boolean linked, Pageable page);

    /** The same claims counted and added up per currency, by the database. */
    @Query("""
            select new com.satisfaction.persistence.record.ClaimTotal(cl.amount.currency, count(cl), sum(cl.amount.amount))
            from Claim cl
            """ + MATCHING + " group by cl.amount.currency order by cl.amount.currency")
    List<ClaimTotal> totals(@Param("customerId") Long customerId, @Param("from") LocalDate from,
                            @Param("to") LocalDate to, @Param("currency") String currency,
                            @Param("linked") Boolean linked);

    /** The claim with its customer, for its page and its form. */
    @EntityGraph(attributePaths = "customer")
    @Query("select cl from Claim cl where cl.id = :id")
    Optional<Claim> findWithCustomer(@Param("id") long id);
}
