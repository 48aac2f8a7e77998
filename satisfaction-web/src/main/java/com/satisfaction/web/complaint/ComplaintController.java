package com.satisfaction.web.complaint;

import com.satisfaction.core.complaint.Category;
import com.satisfaction.core.complaint.Channel;
import com.satisfaction.core.complaint.ComplaintStatus;
import com.satisfaction.core.complaint.Severity;
import com.satisfaction.web.system.LocalizedTexts;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDateTime;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** The complaint list, recording a complaint (also from a survey answer) and a complaint's page. */
@Controller
@RequestMapping("/complaints")
class ComplaintController {

    static final String VIEW_LIST = "complaints/list";
    static final String VIEW_FORM = "complaints/form";
    static final String VIEW_SHOW = "complaints/show";

    private final ComplaintRecords records;
    private final SurveyAnswerSource surveyAnswers;
    private final ComplaintPages pages;
    private final Clock clock;

    ComplaintController(ComplaintRecords records, SurveyAnswerSource surveyAnswers, ComplaintPages pages, Clock clock) {
        this.records = records;
        this.surveyAnswers = surveyAnswers;
        this.pages = pages;
        this.clock = clock;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("channels", Channel.values());
        model.addAttribute("categories", Category.values());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("statuses", ComplaintStatus.values());
    }

    @GetMapping
    String list(ComplaintSearch search, Model model) {
        model.addAttribute("search", search);
        model.addAttribute("list", records.list(search));
        model.addAttribute("filters", records.filters());
        return VIEW_LIST;
    }

    /** A blank form, or one pre-filled from a survey response ({@code ?response=…&question=…}). */
    @GetMapping("/new")
    String initCreationForm(@RequestParam(required = false) String response, @RequestParam(required = false) String question,
                            @RequestParam(required = false) String customer, Model model) {
        ComplaintForm form;
        if (response != null) {
            if (!response.matches("[0-9]{1,18}") || (question != null && !question.matches("[0-9]{1,18}"))) {
                throw new ResponseStatusException(NOT_FOUND);
            }
            form = surveyAnswers.prefill(Long.parseLong(response), question == null ? null : Long.valueOf(question),
                    LocalizedTexts.currentLanguage()).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        } else {
            ComplaintForm blank = ComplaintForm.blank(LocalDateTime.now(clock));
            form = customer != null && customer.matches("[0-9]{1,18}") ? new ComplaintForm(customer, "", "", "", "", "",
                    blank.receivedAt(), "", "", "") : blank;
        }
        model.addAttribute("complaintForm", form);
        return showForm(model);
    }

    @PostMapping("/new")
    String processCreationForm(@Valid ComplaintForm complaintForm, BindingResult result, Principal user, Model model,
                               RedirectAttributes redirect) {
        if (!result.hasFieldErrors("receivedAt") && complaintForm.received().isEmpty()) {
            result.rejectValue("receivedAt", "complaints.receivedAt.invalid");
        }
        if (result.hasErrors()) {
            return showForm(model);
        }
        Change change = records.create(complaintForm, user.getName());
        if (change instanceof Change.Done done) {
            redirect.addFlashAttribute("message", done.message());
            return "redirect:/complaints/" + done.complaintId();
        }
        if (change instanceof Change.Refused refused) {
            reject(result, refused);
            return showForm(model);
        }
        throw new IllegalStateException("Unhandled change " + change);
    }

    @GetMapping("/{id:\\d{1,18}}")
    String show(@PathVariable long id, Model model) {
        return pages.show(id, model);
    }

    static void reject(BindingResult result, Change.Refused refused) {
        if (refused.field() != null) {
            result.rejectValue(refused.field(), refused.reason());
        } else {
            result.reject(refused.reason());
        }
    }

    private String showForm(Model model) {
        model.addAttribute("choices", records.formChoices());
        return VIEW_FORM;
    }
}
