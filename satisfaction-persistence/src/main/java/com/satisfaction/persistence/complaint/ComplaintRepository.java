package com.satisfaction.persistence.complaint;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.List;

public interface ComplaintRepository extends JpaRepository<Complaint, Long>, JpaSpecificationExecutor<Complaint> {

    /** The complaints made from a survey response, oldest first, for the response's page. */
    @Query("""
            select new com.satisfaction.persistence.complaint.ComplaintLink(c.id, c.receivedAt, c.category, c.status,
                c.questionId)
            from Complaint c where c.responseId = :responseId order by c.receivedAt, c.id""")
    List<ComplaintLink> madeFromResponse(@Param("responseId") long responseId);

    /**
     * Claims today's overdue reminder of one complaint: 1 when this call marked it reminded {@code today}, 0 when it
     * had been already (by another run or instance, whose transaction this waits for on the row's lock).
     */
    @Modifying(flushAutomatically = true)
    @Query(nativeQuery = true, value = """
            UPDATE complaint SET last_overdue_reminder_on = :today
            WHERE id = :id AND (last_overdue_reminder_on IS NULL OR last_overdue_reminder_on <> :today)""")
    int claimOverdueReminder(@Param("id") long id, @Param("today") LocalDate today);
}
