package com.satisfaction.persistence.survey;

import com.satisfaction.core.survey.LocalizedText;

import java.time.Instant;

/** One line of the survey list. */
public record SurveyListRow(long id, String titleZh, String titleEn, SurveyStatus status, Instant createdAt,
                            Instant publishedAt, long responses) {

    public LocalizedText title() {
        return LocalizedText.of(titleZh, titleEn);
    }
}
