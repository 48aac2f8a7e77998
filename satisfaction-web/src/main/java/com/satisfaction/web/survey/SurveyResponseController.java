package com.satisfaction.web.survey;

import com.satisfaction.persistence.complaint.ComplaintRepository;
import com.satisfaction.web.action.ActionLinks;
import com.satisfaction.web.system.LocalizedTexts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** One response of a survey, answer by answer, for every role that may read surveys. */
@Controller
class SurveyResponseController {

    private static final String VIEW_RESPONSE = "surveys/response";

    private final SurveyReading reading;
    private final ComplaintRepository complaints;
    private final ActionLinks actions;
    private final SurveyResults results;

    SurveyResponseController(SurveyReading reading, ComplaintRepository complaints, ActionLinks actions,
                             SurveyResults results) {
        this.reading = reading;
        this.complaints = complaints;
        this.actions = actions;
        this.results = results;
    }

    @GetMapping("/surveys/{surveyId}/responses/{responseId}")
    String show(@PathVariable long surveyId, @PathVariable long responseId, Model model) {
        model.addAttribute("response", reading.response(surveyId, responseId, LocalizedTexts.currentLanguage())
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND)));
        model.addAttribute("complaintsFromResponse", complaints.madeFromResponse(responseId));
        model.addAttribute("linkedActions", actions.madeFromResponse(responseId));
        model.addAttribute("neighbours", results.neighbours(surveyId, responseId));
        return VIEW_RESPONSE;
    }
}
