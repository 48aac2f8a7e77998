package com.satisfaction.web.survey;

import com.satisfaction.core.survey.LocalizedText;
import com.satisfaction.core.survey.SurveyTemplate;
import com.satisfaction.persistence.response.RecipientRepository;
import com.satisfaction.persistence.response.ResponseRepository;
import com.satisfaction.persistence.survey.Survey;
import com.satisfaction.persistence.survey.SurveyRepository;
import com.satisfaction.persistence.survey.SurveyStatus;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** The survey list, creating a survey, a survey's page, and its publish / copy / archive / test-link actions. */
@Controller
@RequestMapping("/surveys")
class SurveyController {

    private static final String VIEW_LIST = "surveys/list";
    private static final String VIEW_NEW = "surveys/new";
    private static final String VIEW_SHOW = "surveys/show";

    private final SurveyRepository surveys;
    private final RecipientRepository recipients;
    private final ResponseRepository responses;
    private final SurveyLifecycle lifecycle;

    SurveyController(SurveyRepository surveys, RecipientRepository recipients, ResponseRepository responses,
                     SurveyLifecycle lifecycle) {
        this.surveys = surveys;
        this.recipients = recipients;
        this.responses = responses;
        this.lifecycle = lifecycle;
    }

    @ModelAttribute("statuses")
    SurveyStatus[] statuses() {
        return SurveyStatus.values();
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) SurveyStatus status,
                Model model) {
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("surveys", surveys.search(q.strip(), status));
        return VIEW_LIST;
    }

    @GetMapping("/new")
    String initCreationForm(Model model) {
        model.addAttribute("newSurveyForm", NewSurveyForm.blank());
        model.addAttribute("templates", SurveyTemplate.values());
        return VIEW_NEW;
    }

    @PostMapping("/new")
    String processCreationForm(@Valid NewSurveyForm newSurveyForm, BindingResult result, Model model) {
        if (result.hasErrors()) {
            model.addAttribute("templates", SurveyTemplate.values());
            return VIEW_NEW;
        }
        Survey survey = lifecycle.createBlank(LocalizedText.of(newSurveyForm.titleZh(), newSurveyForm.titleEn()));
        return "redirect:/surveys/" + survey.getId() + "/edit";
    }

    @PostMapping("/new/from-template")
    String createFromTemplate(@RequestParam SurveyTemplate template, RedirectAttributes redirect) {
        Survey survey = lifecycle.createFrom(template);
        redirect.addFlashAttribute("message", "survey.createdFromTemplate");
        return "redirect:/surveys/" + survey.getId() + "/edit";
    }

    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    String show(@PathVariable long id, Model model) {
        Survey survey = find(id);
        model.addAttribute("survey", survey);
        model.addAttribute("definition", survey.toDefinition());
        model.addAttribute("links", recipients.findTestLinks(id).stream()
                .map(link -> TestLinkRow.of(link, publicUrlOf(link.getToken()))).toList());
        model.addAttribute("responses", responses.rowsOfSurvey(id));
        model.addAttribute("summary", responses.summaryOfSurvey(id));
        model.addAttribute("testLinkForm", TestLinkForm.blank());
        return VIEW_SHOW;
    }

    @PostMapping("/{id}/publish")
    @Transactional
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        SurveyLifecycle.Publication outcome = lifecycle.publish(find(id));
        if (outcome instanceof SurveyLifecycle.Blocked) {
            redirect.addFlashAttribute("message", "survey.publish.blocked");
            return "redirect:/surveys/" + id + "/edit";
        }
        redirect.addFlashAttribute("message",
                outcome instanceof SurveyLifecycle.Published ? "survey.published" : "survey.frozen");
        return "redirect:/surveys/" + id;
    }

    @PostMapping("/{id}/copy")
    @Transactional
    String copy(@PathVariable long id, RedirectAttributes redirect) {
        Survey copy = lifecycle.copyAsDraft(find(id));
        redirect.addFlashAttribute("message", "survey.copied");
        return "redirect:/surveys/" + copy.getId() + "/edit";
    }

    @PostMapping("/{id}/archive")
    @Transactional
    String archive(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message",
                lifecycle.archive(find(id)).isPresent() ? "survey.archived" : "survey.archive.onlyPublished");
        return "redirect:/surveys/" + id;
    }

    @PostMapping("/{id}/links")
    @Transactional
    String createTestLink(@PathVariable long id, @Valid TestLinkForm testLinkForm, BindingResult result,
                          RedirectAttributes redirect) {
        Survey survey = find(id);
        if (result.hasErrors()) {
            redirect.addFlashAttribute("message", "link.label.required");
            return "redirect:/surveys/" + id;
        }
        redirect.addFlashAttribute("message",
                lifecycle.createTestLink(survey, testLinkForm.label().strip(), testLinkForm.language()).isPresent()
                        ? "link.created" : "link.onlyPublished");
        return "redirect:/surveys/" + id + "#links";
    }

    private Survey find(long id) {
        return surveys.findById(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }

    private static String publicUrlOf(String token) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/s/{token}").buildAndExpand(token).toUriString();
    }
}
