package com.satisfaction.persistence.response;

import jakarta.persistence.LockModeType;
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

    /** Whether a personal link was made for this contact (its row must then stay). */
    boolean existsByContactId(Long contactId);
}
