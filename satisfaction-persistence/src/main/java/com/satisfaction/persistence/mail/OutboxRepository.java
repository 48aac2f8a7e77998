package com.satisfaction.persistence.mail;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

public interface OutboxRepository extends JpaRepository<OutboxMail, Long> {

    /**
     * Locks up to {@code limit} mails due now and not claimed by a live worker, skipping rows another worker has
     * locked (PostgreSQL and H2 2.x both know SKIP LOCKED). Call inside a transaction and claim them before it ends.
     */
    @Query(nativeQuery = true, value = """
            SELECT id FROM mail_outbox
            WHERE status = 'QUEUED' AND next_attempt_at <= :now AND (claimed_until IS NULL OR claimed_until < :now)
            ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED""")
    List<Long> lockDue(@Param("now") Instant now, @Param("limit") int limit);

    /** Claims locked mails until {@code until} and counts the attempt; a worker that dies lets the claim expire. */
    @Modifying
    @Query("update OutboxMail m set m.claimedUntil = :until, m.attempts = m.attempts + 1 where m.id in :ids")
    int claim(@Param("ids") Collection<Long> ids, @Param("until") Instant until);

    /** The outbox page, newest first. */
    Page<OutboxMail> findAllByOrderByIdDesc(Pageable page);

    long countByStatus(MailStatus status);

    List<OutboxMail> findByRecipientIdOrderById(long recipientId);
}
