package com.satisfaction.web.survey;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A blank survey's title in both languages. */
record NewSurveyForm(
        @NotBlank(message = "{survey.title.zh.required}") @Size(max = 200, message = "{survey.title.size}") String titleZh,
        @NotBlank(message = "{survey.title.en.required}") @Size(max = 200, message = "{survey.title.size}") String titleEn) {

    static NewSurveyForm blank() {
        return new NewSurveyForm("", "");
    }
}
