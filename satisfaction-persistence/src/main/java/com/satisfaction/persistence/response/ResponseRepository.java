package com.satisfaction.persistence.response;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

public interface ResponseRepository extends JpaRepository<Response, Long> {

    boolean existsByRecipientId(long recipientId);

    boolean existsBySurveyId(long surveyId);

    /** The responses of a survey for its page, newest first. */
    @Query("""
            select new com.satisfaction.persistence.response.ResponseRow(
                r.id, r.submittedAt, r.language, rc.label, u.displayName, r.surveyScore)
            from Response r join r.recipient rc left join r.enteredBy u
            where r.survey.id = :surveyId
            order by r.submittedAt desc, r.id desc""")
    List<ResponseRow> rowsOfSurvey(@Param("surveyId") long surveyId);

    /** How many responses a survey has and their mean survey score, computed by the database. */
    @Query("""
            select new com.satisfaction.persistence.response.ResponseSummary(count(r), count(r.surveyScore), sum(r.surveyScore))
            from Response r where r.survey.id = :surveyId""")
    ResponseSummary summaryOfSurvey(@Param("surveyId") long surveyId);

    @Query("select r from Response r left join fetch r.answers where r.id = :id and r.survey.id = :surveyId")
    Optional<Response> findOfSurvey(@Param("surveyId") long surveyId, @Param("id") long id);
}
