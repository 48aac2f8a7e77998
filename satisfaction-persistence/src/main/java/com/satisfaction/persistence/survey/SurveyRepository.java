package com.satisfaction.persistence.survey;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

public interface SurveyRepository extends JpaRepository<Survey, Long> {

    /**
     * The survey list: surveys whose title (either language) contains {@code text}, in {@code status}
     * when given, newest first, each with its number of responses counted by the database.
     */
    @Query("""
            select new com.satisfaction.persistence.survey.SurveyListRow(
                s.id, s.titleZh, s.titleEn, s.status, s.createdAt, s.publishedAt,
                (select count(r) from Response r where r.survey = s))
            from Survey s
            where (:status is null or s.status = :status)
              and (lower(s.titleZh) like lower(concat('%', :text, '%')) or lower(s.titleEn) like lower(concat('%', :text, '%')))
            order by s.createdAt desc, s.id desc""")
    List<SurveyListRow> search(@Param("text") String text, @Param("status") SurveyStatus status);

    List<Survey> findByStatusOrderByCreatedAtDesc(SurveyStatus status);
}
