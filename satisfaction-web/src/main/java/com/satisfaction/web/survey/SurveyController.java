package com.satisfaction.web.survey;

import com.satisfaction.core.survey.LocalizedText;
import com.satisfaction.core.survey.SurveyTemplate;
import com.satisfaction.persistence.response.ResponseRepository;
import com.satisfaction.persistence.survey.SurveyRepository;
import com.satisfaction.persistence.survey.SurveyStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The survey list, creating a survey, a survey's page and its test links. */
@Controller
@RequestMapping("/surveys")
class SurveyController {

    private static final String VIEW_LIST = "surveys/list";
    private static final String VIEW_NEW = "surveys/new";
    private static final String VIEW_SHOW = "surveys/show";

    private final SurveyRepository surveys;
    private final ResponseRepository responses;
    private final SurveyLifecycle lifecycle;
    private final SurveyResults results;

    SurveyController(SurveyRepository surveys, ResponseRepository responses, SurveyLifecycle lifecycle,
                     SurveyResults results) {
        this.surveys = surveys;
        this.responses = responses;
        this.lifecycle = lifecycle;
        this.results = results;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) SurveyStatus status,
                Model model) {
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("statuses", SurveyStatus.values());
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
        long id = lifecycle.createBlank(LocalizedText.of(newSurveyForm.titleZh(), newSurveyForm.titleEn()));
        return "redirect:/surveys/" + id + "/edit";
    }

    @PostMapping("/new/from-template")
    String createFromTemplate(@RequestParam SurveyTemplate template, RedirectAttributes redirect) {
        long id = lifecycle.createFrom(template);
        redirect.addFlashAttribute("message", "survey.createdFromTemplate");
        return "redirect:/surveys/" + id + "/edit";
    }

    /** Personal links open customers' surveys: only the roles that may send them see them (not EXECUTIVE). */
    @GetMapping("/{id}")
    String show(@PathVariable long id, HttpServletRequest request, Model model) {
        String linkBase = ServletUriComponentsBuilder.fromCurrentContextPath().path("/s/").toUriString();
        boolean tokensVisible = request.isUserInRole("QUALITY_MANAGER") || request.isUserInRole("ADMIN");
        model.addAttribute("survey", lifecycle.page(id, linkBase, tokensVisible));
        model.addAttribute("responses", responses.rowsOfSurvey(id));
        model.addAttribute("summary", responses.summaryOfSurvey(id));
        SurveyResults.Results found = results.of(id);
        model.addAttribute("results", found.questions());
        model.addAttribute("sectionResults", found.sections());
        model.addAttribute("testLinkForm", TestLinkForm.blank());
        return VIEW_SHOW;
    }

    @PostMapping("/{id}/links")
    String createTestLink(@PathVariable long id, @Valid TestLinkForm testLinkForm, BindingResult result,
                          RedirectAttributes redirect) {
        if (result.hasErrors()) {
            redirect.addFlashAttribute("message", problemOf(result));
            return "redirect:/surveys/" + id;
        }
        redirect.addFlashAttribute("message",
                lifecycle.createTestLink(id, testLinkForm.label().strip(), testLinkForm.language())
                        ? "link.created" : "link.onlyPublished");
        return "redirect:/surveys/" + id + "#links";
    }

    /** The test-link form sits in the survey's page, so its problem comes back as the page's message. */
    private static String problemOf(BindingResult testLinkForm) {
        FieldError label = testLinkForm.getFieldError("label");
        if (label != null) {
            return "Size".equals(label.getCode()) ? "link.label.size" : "link.label.required";
        }
        return "link.language.required";
    }
}
