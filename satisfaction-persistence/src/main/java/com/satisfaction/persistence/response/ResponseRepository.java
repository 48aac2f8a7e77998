package com.satisfaction.persistence.response;

import com.satisfaction.core.scoring.SurveyScores;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

public interface ResponseRepository extends JpaRepository<Response, Long> {

    boolean existsByRecipientId(long recipientId);

    boolean existsByRecipientToken(String token);

    boolean existsBySurveyId(long surveyId);

    /** The responses of a survey for its page, newest first. */
    @Query("""
            select new com.satisfaction.persistence.response.ResponseRow(
                r.id, r.submittedAt, r.language, rc.label, u.displayName, r.earnedUnits, r.possibleUnits)
            from Response r join r.recipient rc left join r.enteredBy u
            where r.survey.id = :surveyId
            order by r.submittedAt desc, r.id desc""")
    List<ResponseRow> rowsOfSurvey(@Param("surveyId") long surveyId);

    /** How many responses a survey has and their exact mean survey score, from sums made by the database. */
    default ResponseSummary summaryOfSurvey(long surveyId) {
        return new ResponseSummary(countBySurveyId(surveyId), scoreGroupsOfSurvey(surveyId));
    }

    long countBySurveyId(long surveyId);

    /** The sums of a survey's scored responses, one row per points possible (see {@link SurveyScores}). */
    @Query("""
            select new com.satisfaction.core.scoring.SurveyScores$UnitGroup(r.possibleUnits, sum(r.earnedUnits), count(r))
            from Response r where r.survey.id = :surveyId and r.possibleUnits is not null
            group by r.possibleUnits order by r.possibleUnits""")
    List<SurveyScores.UnitGroup> scoreGroupsOfSurvey(@Param("surveyId") long surveyId);

    @Query("select r from Response r left join fetch r.answers where r.id = :id and r.survey.id = :surveyId")
    Optional<Response> findOfSurvey(@Param("surveyId") long surveyId, @Param("id") long id);
}
