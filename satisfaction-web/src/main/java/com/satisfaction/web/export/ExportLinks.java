package com.satisfaction.web.export;

import com.satisfaction.core.survey.Language;
import com.satisfaction.persistence.export.ResponseExportQueries;
import com.satisfaction.web.system.LocalizedTexts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * What the survey's and the period's pages offer to export, for their templates
 * ({@code ${@exports.periodsOfSurvey(survey.id())}}), so neither page's controller needs to know about exports.
 */
@Component("exports")
public class ExportLinks {

    private final ResponseExportQueries queries;

    ExportLinks(ResponseExportQueries queries) {
        this.queries = queries;
    }

    /** A survey whose responses can be downloaded, titled in the page's language. */
    public record SurveyLink(long id, String title) {
    }

    /** The half-years a survey's responses can be exported by, newest first. */
    @Transactional(readOnly = true)
    public List<String> periodsOfSurvey(long surveyId) {
        return queries.periodsOfSurvey(surveyId);
    }

    /** The surveys with campaigns in the half-year. */
    @Transactional(readOnly = true)
    public List<SurveyLink> surveysOfPeriod(String period) {
        boolean english = LocalizedTexts.currentLanguage() == Language.EN;
        return queries.surveysOfPeriod(period).stream()
                .map(s -> new SurveyLink(s.id(), english ? s.titleEn() : s.titleZh())).toList();
    }
}
