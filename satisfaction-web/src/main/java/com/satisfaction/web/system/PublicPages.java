package com.satisfaction.web.system;

import com.satisfaction.core.survey.Language;
import jakarta.servlet.http.HttpServletRequest;

/** What tells a customer's page (a survey link) from a manager's. */
final class PublicPages {

    private PublicPages() {
    }

    static boolean isSurveyLink(HttpServletRequest request) {
        return pathOf(request).startsWith("/s/");
    }

    /** The path inside the application, without its context path. */
    static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** A page answering a survey link's post speaks the language the form was shown in. */
    static void speakPostedLanguage(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        if (isSurveyLink(request) && lang != null) {
            PageLanguage.use(request, Language.fromCode(lang));
        }
    }
}
