package com.satisfaction.web.answering;

import com.satisfaction.persistence.response.Recipient;
import com.satisfaction.persistence.response.RecipientRepository;
import com.satisfaction.persistence.user.UserAccountRepository;
import com.satisfaction.web.system.LocalizedTexts;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.security.Principal;
import java.util.Map;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * A manager keys in a paper, fax or phone questionnaire for one link, through the same form and the same
 * checks as the customer's; the response records who entered it (SPEC §3).
 */
@Controller
@RequestMapping("/surveys/{surveyId}/links/{recipientId}/entry")
class ManualEntryController {

    private static final String VIEW_ENTRY = "answer/entry";

    private final RecipientRepository recipients;
    private final UserAccountRepository users;
    private final ResponseSubmission submission;

    ManualEntryController(RecipientRepository recipients, UserAccountRepository users, ResponseSubmission submission) {
        this.recipients = recipients;
        this.users = users;
        this.submission = submission;
    }

    @GetMapping
    @Transactional(readOnly = true)
    String initEntryForm(@PathVariable long surveyId, @PathVariable long recipientId, Model model,
                         RedirectAttributes redirect) {
        Recipient recipient = find(surveyId, recipientId);
        if (recipient.isAnswered()) {
            redirect.addFlashAttribute("message", "entry.alreadyAnswered");
            return "redirect:/surveys/" + surveyId;
        }
        model.addAttribute("recipient", recipient);
        model.addAttribute("action", "/surveys/" + surveyId + "/links/" + recipientId + "/entry");
        model.addAttribute("questionnaire", Questionnaire.of(recipient.getSurvey(), LocalizedTexts.currentLanguage(),
                EnteredAnswers.NONE, Map.of()));
        return VIEW_ENTRY;
    }

    @PostMapping
    @Transactional(readOnly = true)
    String processEntryForm(@PathVariable long surveyId, @PathVariable long recipientId, HttpServletRequest request,
                            Principal principal, Model model, RedirectAttributes redirect) {
        Recipient recipient = find(surveyId, recipientId);
        EnteredAnswers entered = new EnteredAnswers(request.getParameterMap());
        ResponseSubmission.Outcome outcome = submission.submit(recipientId, entered, LocalizedTexts.currentLanguage(),
                users.findByUsername(principal.getName()).orElseThrow());
        if (outcome instanceof ResponseSubmission.Rejected rejected) {
            model.addAttribute("recipient", recipient);
            model.addAttribute("action", "/surveys/" + surveyId + "/links/" + recipientId + "/entry");
            model.addAttribute("questionnaire", Questionnaire.of(recipient.getSurvey(), LocalizedTexts.currentLanguage(), entered,
                    rejected.errors()));
            return VIEW_ENTRY;
        }
        redirect.addFlashAttribute("message", outcome instanceof ResponseSubmission.Accepted
                ? "entry.saved" : outcome instanceof ResponseSubmission.Closed ? "entry.closed" : "entry.alreadyAnswered");
        return "redirect:/surveys/" + surveyId;
    }

    private Recipient find(long surveyId, long recipientId) {
        return recipients.findById(recipientId)
                .filter(recipient -> recipient.getSurvey().getId() == surveyId)
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }
}
