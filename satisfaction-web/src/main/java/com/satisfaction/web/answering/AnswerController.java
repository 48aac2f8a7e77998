package com.satisfaction.web.answering;

import com.satisfaction.core.survey.Language;
import com.satisfaction.web.system.PageLanguage;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.security.Principal;
import java.util.Optional;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The customer's side: a personal link {@code /s/{token}} opens the survey in the contact's language
 * (switchable on the page, keeping what was entered), accepts one complete response and then only says
 * thank you. An unknown token gets the plain 404 page, revealing nothing. The pages keep no session.
 */
@Controller
@RequestMapping("/s/{token}")
class AnswerController {

    static final String VIEW_FORM = "answer/form";
    static final String VIEW_THANKS = "answer/thanks";
    static final String VIEW_ANSWERED = "answer/answered";
    static final String VIEW_CLOSED = "answer/closed";

    private final LinkPages pages;
    private final ResponseSubmission submission;

    AnswerController(LinkPages pages, ResponseSubmission submission) {
        this.pages = pages;
        this.submission = submission;
    }

    @GetMapping
    String showForm(@PathVariable String token, @RequestParam(required = false) String lang, Principal manager,
                    HttpServletRequest request, Model model) {
        LinkPages.LinkPage page = pages.open(token, chosen(lang), manager == null, EnteredAnswers.NONE)
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        return render(page, token, request, model);
    }

    /** The language switch on the form: the same form in the other language, with every answer kept. */
    @PostMapping(params = "switchTo")
    String switchLanguage(@PathVariable String token, @RequestParam String switchTo, HttpServletRequest request,
                          Model model) {
        LinkPages.LinkPage page = pages.open(token, chosen(switchTo), false, EnteredAnswers.of(request))
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        return render(page, token, request, model);
    }

    @PostMapping
    String submit(@PathVariable String token, @RequestParam(required = false) String lang,
                  HttpServletRequest request, Model model) {
        Optional<Language> language = chosen(lang);
        ResponseSubmission.Outcome outcome = submission.submitToLink(token, EnteredAnswers.of(request), language);
        PageLanguage.use(request, language.orElse(Language.ZH));
        if (outcome instanceof ResponseSubmission.Accepted) {
            return "redirect:/s/" + token + "/thanks?lang=" + language.orElse(Language.ZH).code();
        }
        if (outcome instanceof ResponseSubmission.Rejected rejected) {
            return showForm(rejected.questionnaire(), token, request, model);
        }
        if (outcome instanceof ResponseSubmission.AlreadyAnswered) {
            return VIEW_ANSWERED;
        }
        if (outcome instanceof ResponseSubmission.Closed) {
            return VIEW_CLOSED;
        }
        if (outcome instanceof ResponseSubmission.Unknown) {
            throw new ResponseStatusException(NOT_FOUND);
        }
        throw new IllegalStateException("Unhandled outcome " + outcome);
    }

    @GetMapping("/thanks")
    String thanks(@PathVariable String token, @RequestParam(required = false) String lang,
                  HttpServletRequest request, Model model) {
        LinkPages.LinkPage page = pages.open(token, chosen(lang), false, EnteredAnswers.NONE)
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        if (page instanceof LinkPages.Answered) {
            PageLanguage.use(request, page.language());
            return VIEW_THANKS;
        }
        return "redirect:/s/" + token + "?lang=" + page.language().code();
    }

    private String render(LinkPages.LinkPage page, String token, HttpServletRequest request, Model model) {
        PageLanguage.use(request, page.language());
        if (page instanceof LinkPages.Form form) {
            return showForm(form.questionnaire(), token, request, model);
        }
        if (page instanceof LinkPages.Answered) {
            return VIEW_ANSWERED;
        }
        if (page instanceof LinkPages.Closed) {
            return VIEW_CLOSED;
        }
        throw new IllegalStateException("Unhandled page " + page);
    }

    private static String showForm(Questionnaire questionnaire, String token, HttpServletRequest request, Model model) {
        PageLanguage.use(request, questionnaire.language());
        model.addAttribute("questionnaire", questionnaire);
        model.addAttribute("action", "/s/" + token);
        model.addAttribute("languageSwitch", true);
        return VIEW_FORM;
    }

    /** The language the customer chose on the page, if any; the link's own otherwise. */
    private static Optional<Language> chosen(String code) {
        return code == null || code.isBlank() ? Optional.empty() : Optional.of(Language.fromCode(code));
    }
}
