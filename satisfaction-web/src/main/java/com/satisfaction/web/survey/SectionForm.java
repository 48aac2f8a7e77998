package com.satisfaction.web.survey;

import com.satisfaction.core.survey.LocalizedText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A section's title in both languages, for adding a section or renaming one. */
public record SectionForm(
        @NotBlank(message = "{editor.sectionTitle.required}") @Size(max = 200, message = "{editor.sectionTitle.size}")
        String sectionTitleZh,
        @NotBlank(message = "{editor.sectionTitle.required}") @Size(max = 200, message = "{editor.sectionTitle.size}")
        String sectionTitleEn) {

    static SectionForm blank() {
        return new SectionForm("", "");
    }

    static SectionForm of(LocalizedText title) {
        return new SectionForm(title.zh(), title.en());
    }

    LocalizedText title() {
        return LocalizedText.of(sectionTitleZh, sectionTitleEn);
    }
}
