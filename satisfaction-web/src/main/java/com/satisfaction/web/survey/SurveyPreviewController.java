package com.satisfaction.web.survey;

import com.satisfaction.core.survey.Language;
import com.satisfaction.persistence.survey.Survey;
import com.satisfaction.persistence.survey.SurveyRepository;
import com.satisfaction.web.answering.EnteredAnswers;
import com.satisfaction.web.answering.Questionnaire;
import com.satisfaction.web.system.PageLanguage;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.Map;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** Shows a survey exactly as a customer will see it, in either language, without storing anything. */
@Controller
class SurveyPreviewController {

    private static final String VIEW_PREVIEW = "surveys/preview";

    private final SurveyRepository surveys;

    SurveyPreviewController(SurveyRepository surveys) {
        this.surveys = surveys;
    }

    @GetMapping("/surveys/{id}/preview")
    @Transactional(readOnly = true)
    String preview(@PathVariable long id, @RequestParam(defaultValue = "zh") String as, HttpServletRequest request,
                   Model model) {
        Survey survey = surveys.findById(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        Language language = Language.fromCode(as);
        // the whole page in the customer's language, exactly as the link shows it
        PageLanguage.use(request, language);
        model.addAttribute("survey", survey);
        model.addAttribute("previewLanguage", language);
        model.addAttribute("questionnaire", Questionnaire.of(survey, language, EnteredAnswers.NONE, Map.of()));
        return VIEW_PREVIEW;
    }
}
