package com.satisfaction.persistence.response;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface RecipientRepository extends JpaRepository<Recipient, Long> {

    Optional<Recipient> findByToken(String token);

    /** Test links of a survey (those without a campaign), newest first. */
    @Query("select r from Recipient r where r.survey.id = :surveyId and r.campaign is null order by r.createdAt desc, r.id desc")
    List<Recipient> findTestLinks(@Param("surveyId") long surveyId);

    /**
     * Every link to a survey, locked until the transaction ends: a response being stored for one of them
     * (which locks its link) finishes first, and none starts until then.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Recipient r where r.survey.id = :surveyId order by r.id")
    List<Recipient> lockAllOfSurvey(@Param("surveyId") long surveyId);

    /** Records the first visit of a link; later visits change nothing. */
    @Transactional
    @Modifying
    @Query("update Recipient r set r.openedAt = :now where r.id = :id and r.openedAt is null")
    int markOpened(@Param("id") long id, @Param("now") Instant now);

    /**
     * A campaign's figures in one pass; a link handed over (no e-mail) or answered counts as sent, and so does every
     * invitation when {@code outboxDelivers} — with no mail server the outbox is how the manager delivers them.
     */
    @Query("""
            select new com.satisfaction.persistence.response.CampaignFigures(
                count(r),
                coalesce(sum(case when :outboxDelivers = true or r.sentAt is not null or r.answeredAt is not null
                    or ct.email is null or ct.email = '' then 1 else 0 end), 0),
                coalesce(sum(case when r.sentAt is not null then 1 else 0 end), 0),
                coalesce(sum(case when r.openedAt is not null then 1 else 0 end), 0),
                coalesce(sum(case when r.answeredAt is not null then 1 else 0 end), 0),
                coalesce(sum(case when r.sendFailedAt is not null and r.sentAt is null then 1 else 0 end), 0))
            from Recipient r left join Contact ct on ct.id = r.contactId
            where r.campaign.id = :campaignId""")
    CampaignFigures figuresOfCampaign(@Param("campaignId") long campaignId,
                                      @Param("outboxDelivers") boolean outboxDelivers);

    /**
     * Key accounts invited and answered (at least one contact answered), and the annual value of the invited
     * customers and of those that answered: one row of four numbers.
     */
    @Query(nativeQuery = true, value = """
            SELECT COALESCE(SUM(CASE WHEN t.key_account THEN 1 ELSE 0 END), 0),
                   COALESCE(SUM(CASE WHEN t.key_account AND t.answered = 1 THEN 1 ELSE 0 END), 0),
                   COALESCE(SUM(t.annual_value), 0),
                   COALESCE(SUM(CASE WHEN t.answered = 1 THEN t.annual_value ELSE 0 END), 0)
            FROM (SELECT c.id, c.key_account, COALESCE(c.annual_value, 0) AS annual_value,
                         MAX(CASE WHEN r.answered_at IS NOT NULL THEN 1 ELSE 0 END) AS answered
                  FROM recipient r JOIN customer c ON c.id = r.customer_id
                  WHERE r.campaign_id = :campaignId
                  GROUP BY c.id, c.key_account, c.annual_value) t""")
    List<Object[]> coverageRow(@Param("campaignId") long campaignId);

    default CampaignCoverage coverageOfCampaign(long campaignId) {
        Object[] row = coverageRow(campaignId).get(0);
        return new CampaignCoverage(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                new java.math.BigDecimal(row[2].toString()), new java.math.BigDecimal(row[3].toString()));
    }

    /** A page of a campaign's recipients with their contact and company, optionally only those not answered or failed. */
    @Query(value = """
            select new com.satisfaction.persistence.response.RecipientRow(
                r.id, ct.name, cu.name, ct.email, r.language, r.token, r.sentAt, r.openedAt, r.answeredAt, r.sendFailedAt)
            from Recipient r left join Contact ct on ct.id = r.contactId left join Customer cu on cu.id = r.customerId
            where r.campaign.id = :campaignId
              and (:notAnswered = false or r.answeredAt is null)
              and (:failed = false or (r.sendFailedAt is not null and r.sentAt is null))
            order by cu.name, ct.name, r.id""",
            countQuery = """
            select count(r) from Recipient r where r.campaign.id = :campaignId
              and (:notAnswered = false or r.answeredAt is null)
              and (:failed = false or (r.sendFailedAt is not null and r.sentAt is null))""")
    Page<RecipientRow> rowsOfCampaign(@Param("campaignId") long campaignId, @Param("notAnswered") boolean notAnswered,
                                      @Param("failed") boolean failed, Pageable page);

    /**
     * Recipients of a campaign who may be reminded: not answered, with an e-mail, no mail of theirs waiting in the
     * outbox, each with the time of their last mail (queued).
     */
    @Query(nativeQuery = true, value = """
            SELECT r.id, MAX(m.created_at)
            FROM recipient r JOIN contact ct ON ct.id = r.contact_id JOIN mail_outbox m ON m.recipient_id = r.id
            WHERE r.campaign_id = :campaignId AND r.answered_at IS NULL
              AND ct.email IS NOT NULL AND ct.email <> ''
              AND NOT EXISTS (SELECT 1 FROM mail_outbox q WHERE q.recipient_id = r.id AND q.status = 'QUEUED')
            GROUP BY r.id""")
    List<Object[]> unansweredWithLastMail(@Param("campaignId") long campaignId);

    /** Records that a mail to the link went out; the first sending stays the link's "sent" time. */
    @Modifying
    @Query("update Recipient r set r.sentAt = coalesce(r.sentAt, :at), r.sendFailedAt = null where r.id = :id")
    int markSent(@Param("id") long id, @Param("at") Instant at);

    /** Records that a mail to the link failed for good. */
    @Modifying
    @Query("update Recipient r set r.sendFailedAt = :at where r.id = :id")
    int markSendFailed(@Param("id") long id, @Param("at") Instant at);
    /** Whether a personal link was made for this contact (its row must then stay). */
    boolean existsByContactId(Long contactId);
}
