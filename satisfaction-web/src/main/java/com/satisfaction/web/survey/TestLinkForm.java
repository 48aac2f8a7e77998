package com.satisfaction.web.survey;

import com.satisfaction.core.survey.Language;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A test link's label (who it is for, e.g. "paper questionnaire from ACME") and language. */
record TestLinkForm(
        @NotBlank(message = "{link.label.required}") @Size(max = 200, message = "{link.label.size}") String label,
        @NotNull(message = "{link.language.required}") Language language) {

    static TestLinkForm blank() {
        return new TestLinkForm("", Language.ZH);
    }
}
