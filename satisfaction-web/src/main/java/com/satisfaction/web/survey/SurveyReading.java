package com.satisfaction.web.survey;

import com.satisfaction.core.survey.Language;
import com.satisfaction.persistence.response.ResponseRepository;
import com.satisfaction.persistence.survey.SurveyRepository;
import com.satisfaction.web.answering.EnteredAnswers;
import com.satisfaction.web.answering.Questionnaire;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;
import java.util.Optional;

/** Pages that only read a survey — its preview and one of its responses — built inside one read transaction. */
@Service
class SurveyReading {

    private final SurveyRepository surveys;
    private final ResponseRepository responses;

    SurveyReading(SurveyRepository surveys, ResponseRepository responses) {
        this.surveys = surveys;
        this.responses = responses;
    }

    /** The survey as a customer sees it in {@code language}; empty when there is no such survey. */
    @Transactional(readOnly = true)
    Optional<Questionnaire> preview(long surveyId, Language language) {
        return surveys.findById(surveyId)
                .map(survey -> Questionnaire.of(survey, language, EnteredAnswers.NONE, Map.of()));
    }

    /** One response of the survey, answer by answer, in the reader's {@code language}. */
    @Transactional(readOnly = true)
    Optional<ResponseView> response(long surveyId, long responseId, Language language) {
        return responses.findOfSurvey(surveyId, responseId).map(response -> ResponseView.of(response, language));
    }
}
