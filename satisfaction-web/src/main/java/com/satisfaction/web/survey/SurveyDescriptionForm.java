package com.satisfaction.web.survey;

import com.satisfaction.core.survey.LocalizedText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The editor's form for a draft's title and intro, in both languages; lengths match the survey table. */
record SurveyDescriptionForm(
        @NotBlank(message = "{editor.surveyTitle.required}") @Size(max = 200, message = "{editor.surveyTitle.size}")
        String titleZh,
        @NotBlank(message = "{editor.surveyTitle.required}") @Size(max = 200, message = "{editor.surveyTitle.size}")
        String titleEn,
        @Size(max = 4000, message = "{editor.intro.size}")
        String introZh,
        @Size(max = 4000, message = "{editor.intro.size}")
        String introEn) {

    static SurveyDescriptionForm of(LocalizedText title, LocalizedText intro) {
        return new SurveyDescriptionForm(title.zh(), title.en(), intro.zh(), intro.en());
    }

    LocalizedText title() {
        return LocalizedText.of(titleZh, titleEn);
    }

    LocalizedText intro() {
        return LocalizedText.of(introZh, introEn);
    }
}
