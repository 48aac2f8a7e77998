package com.satisfaction.persistence.campaign;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Optional;
import java.util.List;

public interface CampaignRepository extends JpaRepository<Campaign, Long> {

    boolean existsBySurveyId(long surveyId);

    Optional<Campaign> findBySubmissionKey(String submissionKey);

    /**
     * The campaign, locked until the transaction ends: reminders for one campaign are decided one after the other
     * (a double click on "remind now", two instances' reminder runs), so nobody gets the same reminder twice.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Campaign c where c.id = :id")
    Optional<Campaign> lockById(@Param("id") long id);

    /** The campaign list, newest first, each with its invited and answered recipients counted by the database. */
    @Query("""
            select new com.satisfaction.persistence.campaign.CampaignListRow(
                c.id, c.name, c.period, c.status, c.closesAt, c.survey.titleZh, c.survey.titleEn,
                (select count(r) from Recipient r where r.campaign = c),
                (select count(r) from Recipient r where r.campaign = c and r.answeredAt is not null))
            from Campaign c order by c.createdAt desc, c.id desc""")
    List<CampaignListRow> listRows();

    /** Closes every open campaign whose closing time has come; returns how many. */
    @Transactional
    @Modifying
    @Query("update Campaign c set c.status = com.satisfaction.persistence.campaign.CampaignStatus.CLOSED "
            + "where c.status = com.satisfaction.persistence.campaign.CampaignStatus.OPEN and c.closesAt <= :now")
    int closeExpired(@Param("now") Instant now);

    /** Open campaigns that remind: a reminder interval set and the closing time still ahead. */
    @Query("select c from Campaign c where c.status = com.satisfaction.persistence.campaign.CampaignStatus.OPEN "
            + "and c.reminderDays is not null and (c.closesAt is null or c.closesAt > :now)")
    List<Campaign> findReminding(@Param("now") Instant now);
}
