package com.satisfaction.web.system;

import com.satisfaction.core.survey.Language;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Locale;

/**
 * A page that speaks its own language whatever the visitor's interface language is: a customer's survey
 * link (the contact's language or the one chosen on the page) and the preview of it. Set for one request;
 * nothing is remembered, so a manager trying a link keeps their own interface language.
 */
public final class PageLanguage {

    private static final String ATTRIBUTE = PageLanguage.class.getName();

    private PageLanguage() {
    }

    public static void use(HttpServletRequest request, Language language) {
        request.setAttribute(ATTRIBUTE, language);
    }

    static Locale of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof Language language ? localeOf(language) : null;
    }

    static Locale localeOf(Language language) {
        return language == Language.EN ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
