package com.satisfaction.persistence.export;

/** A survey whose responses can be exported, with its title in both languages. */
public record ExportSurvey(long id, String titleZh, String titleEn) {
}
