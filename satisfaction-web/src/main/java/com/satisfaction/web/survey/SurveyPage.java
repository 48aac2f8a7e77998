package com.satisfaction.web.survey;

import com.satisfaction.core.survey.LocalizedText;
import com.satisfaction.core.survey.SurveyDefinition;
import com.satisfaction.persistence.survey.Survey;
import com.satisfaction.persistence.survey.SurveyStatus;

import java.time.Instant;
import java.util.List;

/**
 * What a survey's page shows, read in one transaction: its state, its questions and its test links.
 * Its methods are public for the template.
 */
record SurveyPage(long id, LocalizedText title, SurveyStatus status, Instant publishedAt,
                  SurveyDefinition definition, List<TestLinkRow> links) {

    static SurveyPage of(Survey survey, List<TestLinkRow> links) {
        return new SurveyPage(survey.getId(), survey.title(), survey.getStatus(), survey.getPublishedAt(),
                survey.toDefinition(), List.copyOf(links));
    }

    public boolean draft() {
        return status == SurveyStatus.DRAFT;
    }

    public boolean published() {
        return status == SurveyStatus.PUBLISHED;
    }
}
