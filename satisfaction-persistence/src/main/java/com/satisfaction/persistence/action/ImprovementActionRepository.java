package com.satisfaction.persistence.action;

import com.satisfaction.core.action.ActionStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface ImprovementActionRepository extends JpaRepository<ImprovementAction, Long>,
        JpaSpecificationExecutor<ImprovementAction> {

    String ROW = """
            select new com.satisfaction.persistence.action.ActionRow(
                a.id, a.title, a.source, a.ownerDepartment, o.id, o.displayName, a.dueDate, a.status)
            from ImprovementAction a left join a.owner o
            """;

    /** The overdue actions of one owner, the longest overdue first: unfinished ones due before {@code today}. */
    @Query(value = ROW + """
             where o.id = :ownerId and a.status in :unfinished and a.dueDate < :today
             order by a.dueDate, a.id""",
            countQuery = """
            select count(a) from ImprovementAction a
            where a.owner.id = :ownerId and a.status in :unfinished and a.dueDate < :today""")
    Page<ActionRow> overdueOf(@Param("ownerId") long ownerId, @Param("unfinished") Collection<ActionStatus> unfinished,
                              @Param("today") LocalDate today, Pageable page);

    /** Every overdue action, the longest overdue first. */
    @Query(value = ROW + """
             where a.status in :unfinished and a.dueDate < :today
             order by a.dueDate, a.id""",
            countQuery = """
            select count(a) from ImprovementAction a where a.status in :unfinished and a.dueDate < :today""")
    Page<ActionRow> overdue(@Param("unfinished") Collection<ActionStatus> unfinished, @Param("today") LocalDate today,
                            Pageable page);

    /** The actions made from one response's answers, oldest first. */
    @Query(ROW + " where a.responseId = :responseId order by a.createdAt, a.id")
    List<ActionRow> madeFromResponse(@Param("responseId") long responseId);

    /** The actions made from one complaint, oldest first. */
    @Query(ROW + " where a.complaintId = :complaintId order by a.createdAt, a.id")
    List<ActionRow> madeFromComplaint(@Param("complaintId") long complaintId);

    String FLAG_ROW = """
            select new com.satisfaction.persistence.action.FlagActionRow(
                a.id, a.flagCustomerId, a.flagCode, a.title, a.status)
            from ImprovementAction a
            where a.source = com.satisfaction.core.action.ActionSource.FLAG and a.flagPeriod = :period
            """;

    /** The actions made from the review flags of one half-year ({@code 2026-H1}), oldest first: one query per page. */
    @Query(FLAG_ROW + " order by a.createdAt, a.id")
    List<FlagActionRow> madeFromFlagsOf(@Param("period") String period);

    /** The actions made from one customer's review flags of a half-year, oldest first. */
    @Query(FLAG_ROW + " and a.flagCustomerId = :customerId order by a.createdAt, a.id")
    List<FlagActionRow> madeFromFlagsOf(@Param("period") String period, @Param("customerId") long customerId);

    /** The departments named on actions, for the list's filter. */
    @Query("select distinct a.ownerDepartment from ImprovementAction a order by a.ownerDepartment")
    List<String> departments();

    @Query("select a.id from ImprovementAction a where a.submissionKey = :key")
    Optional<Long> idBySubmissionKey(@Param("key") String key);

    @Query("select a from ImprovementAction a left join fetch a.owner where a.id = :id")
    Optional<ImprovementAction> findWithOwner(@Param("id") long id);

    /** The complaint an action is or will be made from (read from its table: complaints have no entity here). */
    @Query(value = """
            select c.id as id, cu.name as customerName, c.description as description
            from complaint c join customer cu on cu.id = c.customer_id where c.id = :id""", nativeQuery = true)
    Optional<ComplaintSummary> complaint(@Param("id") long id);
}
