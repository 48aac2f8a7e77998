package com.satisfaction.persistence.campaign;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CampaignRepository extends JpaRepository<Campaign, Long> {

    boolean existsBySurveyId(long surveyId);
}
