package com.satisfaction.web.answering;

import com.satisfaction.core.survey.Language;
import com.satisfaction.persistence.response.Recipient;
import com.satisfaction.persistence.response.RecipientRepository;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.LocaleResolver;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The customer's side: a personal link {@code /s/{token}} opens the survey in the contact's language
 * (switchable), accepts one complete response and then only says thank you. An unknown token gets the
 * plain 404 page, revealing nothing.
 */
@Controller
@RequestMapping("/s/{token}")
class AnswerController {

    static final String VIEW_FORM = "answer/form";
    static final String VIEW_THANKS = "answer/thanks";
    static final String VIEW_ANSWERED = "answer/answered";
    static final String VIEW_CLOSED = "answer/closed";

    private final RecipientRepository recipients;
    private final ResponseSubmission submission;
    private final LocaleResolver localeResolver;
    private final Clock clock;

    AnswerController(RecipientRepository recipients, ResponseSubmission submission, LocaleResolver localeResolver,
                     Clock clock) {
        this.recipients = recipients;
        this.submission = submission;
        this.localeResolver = localeResolver;
        this.clock = clock;
    }

    @GetMapping
    @Transactional
    String showForm(@PathVariable String token, @RequestParam(required = false) String lang,
                    HttpServletRequest request, HttpServletResponse response, Model model) {
        Recipient recipient = find(token);
        Language language = speak(lang, recipient, request, response);
        if (recipient.isAnswered()) {
            return VIEW_ANSWERED;
        }
        if (isClosed(recipient)) {
            return VIEW_CLOSED;
        }
        recipients.markOpened(recipient.getId(), clock.instant());
        model.addAttribute("questionnaire", Questionnaire.of(recipient.getSurvey(), language, EnteredAnswers.NONE, Map.of()));
        model.addAttribute("action", "/s/" + token);
        return VIEW_FORM;
    }

    @PostMapping
    @Transactional(readOnly = true)
    String submit(@PathVariable String token, @RequestParam(required = false) String lang,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        Recipient recipient = find(token);
        Language language = speak(lang, recipient, request, response);
        EnteredAnswers entered = new EnteredAnswers(request.getParameterMap());
        ResponseSubmission.Outcome outcome = submission.submit(recipient.getId(), entered, language, null);
        if (outcome instanceof ResponseSubmission.Rejected rejected) {
            model.addAttribute("questionnaire", Questionnaire.of(recipient.getSurvey(), language, entered, rejected.errors()));
            model.addAttribute("action", "/s/" + token);
            return VIEW_FORM;
        }
        if (outcome instanceof ResponseSubmission.Closed) {
            return VIEW_CLOSED;
        }
        return outcome instanceof ResponseSubmission.AlreadyAnswered ? VIEW_ANSWERED : "redirect:/s/" + token + "/thanks";
    }

    @GetMapping("/thanks")
    @Transactional(readOnly = true)
    String thanks(@PathVariable String token, @RequestParam(required = false) String lang,
                  HttpServletRequest request, HttpServletResponse response) {
        Recipient recipient = find(token);
        speak(lang, recipient, request, response);
        return recipient.isAnswered() ? VIEW_THANKS : "redirect:/s/" + token;
    }

    private Recipient find(String token) {
        return recipients.findByToken(token).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }

    private boolean isClosed(Recipient recipient) {
        return recipient.campaign().map(campaign -> campaign.isClosedAt(clock.instant())).orElse(false);
    }

    /** The contact's language unless the customer switched it on the page. */
    private Language speak(String lang, Recipient recipient, HttpServletRequest request, HttpServletResponse response) {
        Language language = lang == null ? recipient.language() : Language.fromCode(lang);
        localeResolver.setLocale(request, response, language == Language.EN ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        return language;
    }
}
