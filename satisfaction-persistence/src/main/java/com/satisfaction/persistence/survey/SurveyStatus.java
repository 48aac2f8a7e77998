package com.satisfaction.persistence.survey;

/** A survey is edited as a DRAFT, frozen when PUBLISHED, and ARCHIVED to hide it from new campaigns. */
public enum SurveyStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
