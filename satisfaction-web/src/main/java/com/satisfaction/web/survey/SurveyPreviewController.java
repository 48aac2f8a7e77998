package com.satisfaction.web.survey;

import com.satisfaction.core.survey.Language;
import com.satisfaction.web.system.PageLanguage;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** Shows a survey exactly as a customer will see it, in either language, without storing anything. */
@Controller
class SurveyPreviewController {

    private static final String VIEW_PREVIEW = "surveys/preview";

    private final SurveyReading reading;

    SurveyPreviewController(SurveyReading reading) {
        this.reading = reading;
    }

    @GetMapping("/surveys/{id}/preview")
    String preview(@PathVariable long id, @RequestParam(defaultValue = "zh") String as, HttpServletRequest request,
                   Model model) {
        Language language = Language.fromCode(as);
        model.addAttribute("surveyId", id);
        model.addAttribute("previewLanguage", language);
        model.addAttribute("questionnaire", reading.preview(id, language)
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND)));
        // the whole page in the customer's language, exactly as the link shows it
        PageLanguage.use(request, language);
        return VIEW_PREVIEW;
    }
}
