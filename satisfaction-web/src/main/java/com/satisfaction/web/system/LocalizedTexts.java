package com.satisfaction.web.system;

import com.satisfaction.core.survey.Language;
import com.satisfaction.core.survey.LocalizedText;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Lets a template show a zh/en text in the page's language: {@code ${@texts.of(survey.title())}}. */
@Component("texts")
public class LocalizedTexts {

    public String of(LocalizedText text) {
        return text.in(currentLanguage());
    }

    public static Language currentLanguage() {
        return Language.fromCode(LocaleContextHolder.getLocale().getLanguage());
    }
}
