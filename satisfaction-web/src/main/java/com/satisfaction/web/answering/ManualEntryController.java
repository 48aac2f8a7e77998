package com.satisfaction.web.answering;

import com.satisfaction.web.system.LocalizedTexts;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.security.Principal;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * A manager keys in a paper, fax or phone questionnaire for one link, through the same form and the same
 * checks as the customer's; the response records who entered it (SPEC §3).
 */
@Controller
@RequestMapping("/surveys/{surveyId}/links/{recipientId}/entry")
class ManualEntryController {

    private static final String VIEW_ENTRY = "answer/entry";

    private final LinkPages pages;
    private final ResponseSubmission submission;

    ManualEntryController(LinkPages pages, ResponseSubmission submission) {
        this.pages = pages;
        this.submission = submission;
    }

    @GetMapping
    String initEntryForm(@PathVariable long surveyId, @PathVariable long recipientId, Model model,
                         RedirectAttributes redirect) {
        LinkPages.Entry entry = find(surveyId, recipientId, EnteredAnswers.NONE);
        if (entry.answered()) {
            redirect.addFlashAttribute("message", "entry.alreadyAnswered");
            return "redirect:/surveys/" + surveyId;
        }
        return showForm(entry.label(), entry.questionnaire(), surveyId, recipientId, model);
    }

    @PostMapping
    String processEntryForm(@PathVariable long surveyId, @PathVariable long recipientId, HttpServletRequest request,
                            Principal principal, Model model, RedirectAttributes redirect) {
        EnteredAnswers entered = EnteredAnswers.of(request);
        ResponseSubmission.Outcome outcome = submission.enterForLink(surveyId, recipientId, entered,
                LocalizedTexts.currentLanguage(), principal.getName());
        if (outcome instanceof ResponseSubmission.Rejected rejected) {
            return showForm(find(surveyId, recipientId, entered).label(), rejected.questionnaire(), surveyId,
                    recipientId, model);
        }
        if (outcome instanceof ResponseSubmission.Unknown) {
            throw new ResponseStatusException(NOT_FOUND);
        }
        redirect.addFlashAttribute("message", outcome instanceof ResponseSubmission.Accepted
                ? "entry.saved" : outcome instanceof ResponseSubmission.Closed ? "entry.closed" : "entry.alreadyAnswered");
        return "redirect:/surveys/" + surveyId;
    }

    private LinkPages.Entry find(long surveyId, long recipientId, EnteredAnswers entered) {
        return pages.entry(surveyId, recipientId, LocalizedTexts.currentLanguage(), entered)
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }

    private static String showForm(String label, Questionnaire questionnaire, long surveyId, long recipientId,
                                   Model model) {
        model.addAttribute("label", label);
        model.addAttribute("questionnaire", questionnaire);
        model.addAttribute("action", "/surveys/" + surveyId + "/links/" + recipientId + "/entry");
        return VIEW_ENTRY;
    }
}
