package com.satisfaction.web.action;

import com.satisfaction.web.action.ActionViews.ActionView;
import com.satisfaction.web.action.ActionViews.SourceView;
import com.satisfaction.web.system.LocalizedTexts;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Creating an action — by hand, or pre-filled from a complaint ({@code ?complaint=}), one answer of a response
 * ({@code ?response=&question=}) or a review flag of a customer's half-year ({@code ?period=&customer=&flag=}) — and
 * editing one.
 */
@Controller
@RequestMapping("/actions")
class ActionFormController {

    private static final String VIEW_FORM = "actions/form";
    /** A new action is due in this many days unless the manager says otherwise. */
    static final int DEFAULT_DAYS_TO_DUE = 30;
    private static final int TITLE_LENGTH = 200;

    private final ImprovementActions service;
    private final Clock clock;
    private final MessageSource messages;

    ActionFormController(ImprovementActions service, Clock clock, MessageSource messages) {
        this.service = service;
        this.clock = clock;
        this.messages = messages;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/new")
    String initCreationForm(@RequestParam(required = false) String complaint,
                            @RequestParam(required = false) String response,
                            @RequestParam(required = false) String question,
                            @RequestParam(required = false) String period,
                            @RequestParam(required = false) String customer,
                            @RequestParam(required = false) String flag, Principal principal, Model model) {
        ActionForm pointer = new ActionForm("", "", "", "", "", complaint, response, question, period, customer, flag,
                "");
        SourceView source = service.source(pointer, LocalizedTexts.currentLanguage())
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        model.addAttribute("source", source);
        if (source.flag() != null) {
            ActionViews.FlagRef f = source.flag();
            Object[] names = {f.customerName(), f.period()};
            Locale locale = LocaleContextHolder.getLocale();
            model.addAttribute("actionForm", ActionForm.ofFlag(
                    shorten(messages.getMessage("actions.flag.title." + f.code(), names, locale)),
                    messages.getMessage("actions.flag.description." + f.code(), names, locale),
                    service.userId(principal.getName()).orElse(null), LocalDate.now(clock).plusDays(DEFAULT_DAYS_TO_DUE),
                    f.period(), f.customerId(), f.code()));
            return showForm(model);
        }
        model.addAttribute("actionForm", ActionForm.of(titleFrom(source), descriptionFrom(source),
                service.userId(principal.getName()).orElse(null), LocalDate.now(clock).plusDays(DEFAULT_DAYS_TO_DUE),
                source.complaint() == null ? null : source.complaint().id(),
                source.answer() == null ? null : source.answer().responseId(),
                source.answer() == null ? null : source.answer().questionId()));
        return showForm(model);
    }

    @PostMapping("/new")
    String processCreationForm(@Valid ActionForm actionForm, BindingResult result, Principal principal, Model model,
                               RedirectAttributes redirect) {
        checkDueDate(actionForm, result);
        SourceView source = service.source(actionForm, LocalizedTexts.currentLanguage()).orElse(null);
        if (source == null) {
            result.reject("actions.source.unknown");
        }
        model.addAttribute("source", source);
        if (result.hasErrors()) {
            return showForm(model);
        }
        ImprovementActions.Outcome outcome = service.create(actionForm, principal.getName());
        if (outcome instanceof ImprovementActions.Refused refused) {
            reject(result, refused);
            return showForm(model);
        }
        if (outcome instanceof ImprovementActions.Saved saved) {
            redirect.addFlashAttribute("message", "actions.created");
            return "redirect:/actions/" + saved.actionId();
        }
        throw new IllegalStateException("Unknown outcome " + outcome);
    }

    @GetMapping("/{id:\\d{1,18}}/edit")
    String initUpdateForm(@PathVariable long id, Model model) {
        ActionView action = find(id);
        model.addAttribute("action", action);
        model.addAttribute("actionForm", action.toForm());
        return showForm(model);
    }

    /** The source stays what it was: the form's source fields are not read. */
    @PostMapping("/{id:\\d{1,18}}/edit")
    String processUpdateForm(@PathVariable long id, @Valid ActionForm actionForm, BindingResult result, Model model,
                             RedirectAttributes redirect) {
        ActionView action = find(id);
        checkDueDate(actionForm, result);
        boolean invalid = result.getFieldErrors().stream().anyMatch(error -> !isSourceField(error.getField()));
        if (invalid) {
            model.addAttribute("action", action);
            return showForm(model);
        }
        ImprovementActions.Outcome outcome = service.update(id, actionForm);
        if (outcome instanceof ImprovementActions.Refused refused) {
            reject(result, refused);
            model.addAttribute("action", action);
            return showForm(model);
        }
        if (outcome instanceof ImprovementActions.Saved) {
            redirect.addFlashAttribute("message", "actions.updated");
            return "redirect:/actions/" + id;
        }
        throw new IllegalStateException("Unknown outcome " + outcome);
    }

    private String showForm(Model model) {
        model.addAttribute("owners", service.owners());
        return VIEW_FORM;
    }

    private static void checkDueDate(ActionForm form, BindingResult result) {
        if (!result.hasFieldErrors("dueDate") && form.due().isEmpty()) {
            result.rejectValue("dueDate", "actions.dueDate.invalid");
        }
    }

    private static void reject(BindingResult result, ImprovementActions.Refused refused) {
        if (refused.field() == null) {
            result.reject(refused.messageKey());
        } else {
            result.rejectValue(refused.field(), refused.messageKey());
        }
    }

    private static boolean isSourceField(String field) {
        return field.equals("complaintId") || field.equals("responseId") || field.equals("questionId")
                || field.equals("flagPeriod") || field.equals("flagCustomerId") || field.equals("flagCode");
    }

    /** A new action's title: the question asked, or the complaint's first words; the manager rewrites it. */
    private static String titleFrom(SourceView source) {
        String title = source.answer() != null ? source.answer().questionText()
                : source.complaint() != null && source.complaint().description() != null
                ? source.complaint().description() : "";
        return shorten(title);
    }

    private static String shorten(String title) {
        return title.codePointCount(0, title.length()) <= TITLE_LENGTH ? title
                : title.substring(0, title.offsetByCodePoints(0, TITLE_LENGTH - 1)) + "…";
    }

    /** A suggestion's text becomes the description, so the action says in the customer's words what to do. */
    private static String descriptionFrom(SourceView source) {
        return source.answer() != null && source.answer().text() != null ? source.answer().text() : "";
    }

    private ActionView find(long id) {
        return service.show(id, LocalizedTexts.currentLanguage())
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }
}
