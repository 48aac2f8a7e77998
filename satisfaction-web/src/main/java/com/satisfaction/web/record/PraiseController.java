package com.satisfaction.web.record;

import com.satisfaction.core.record.PraiseType;
import com.satisfaction.persistence.record.Praise;
import com.satisfaction.web.audit.AuditTrail;
import jakarta.validation.Valid;
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
import java.util.List;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** Praise (顾客赞扬): the list, recording, its page, changing and deleting it. */
@Controller
@RequestMapping("/records/praise")
class PraiseController {

    private static final String VIEW_LIST = "records/praise/list";
    private static final String VIEW_FORM = "records/praise/form";
    private static final String VIEW_SHOW = "records/praise/show";
    private static final String VIEW_CONFIRM = "records/confirm";

    private final PraiseRecords records;
    private final RecordChoices choices;
    private final AuditTrail auditTrail;

    PraiseController(PraiseRecords records, RecordChoices choices, AuditTrail auditTrail) {
        this.records = records;
        this.choices = choices;
        this.auditTrail = auditTrail;
    }

    @InitBinder
    void setAllowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String list(RecordSearch search, Model model) {
        model.addAttribute("search", search);
        model.addAttribute("list", records.list(search));
        model.addAttribute("customers", choices.customers());
        model.addAttribute("periods", choices.periods());
        model.addAttribute("types", PraiseType.values());
        return VIEW_LIST;
    }

    @GetMapping("/new")
    String initCreationForm(@RequestParam(required = false) String customer, Model model) {
        model.addAttribute("praiseForm", PraiseForm.blank(customer, choices.today()));
        return form(model);
    }

    @PostMapping("/new")
    String processCreationForm(@Valid PraiseForm praiseForm, BindingResult result, Principal principal, Model model,
                               RedirectAttributes redirect) {
        if (!checked(praiseForm, result)) {
            return form(model);
        }
        Outcome outcome = records.create(praiseForm, principal.getName());
        return outcome.page("/records/praise", "records.praise.created", result, redirect, () -> form(model));
    }

    @GetMapping("/{id:\\d{1,18}}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("praise", find(id));
        model.addAttribute("trail", auditTrail.of(Praise.class, id));
        return VIEW_SHOW;
    }

    @GetMapping("/{id:\\d{1,18}}/edit")
    String initUpdateForm(@PathVariable long id, Model model) {
        PraiseView praise = find(id);
        model.addAttribute("praise", praise);
        model.addAttribute("praiseForm", praise.toForm());
        return form(model);
    }

    @PostMapping("/{id:\\d{1,18}}/edit")
    String processUpdateForm(@PathVariable long id, @Valid PraiseForm praiseForm, BindingResult result, Model model,
                             RedirectAttributes redirect) {
        model.addAttribute("praise", find(id));
        if (!checked(praiseForm, result)) {
            return form(model);
        }
        Outcome outcome = records.update(id, praiseForm).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        return outcome.page("/records/praise", "records.praise.updated", result, redirect, () -> form(model));
    }

    @GetMapping("/{id:\\d{1,18}}/delete")
    String confirmDeletion(@PathVariable long id, Model model) {
        PraiseView praise = find(id);
        model.addAttribute("confirmation", new Confirmation("records.praise.delete.heading", praise.customerName(),
                List.of(new Confirmation.Fact("records.customer", praise.customerCode() + " " + praise.customerName()),
                        new Confirmation.Fact("records.praise.praisedOn", praise.praisedOn().toString()),
                        new Confirmation.Fact("records.praise.praised", praise.praised()),
                        new Confirmation.Fact("records.praise.text", praise.text())),
                "/records/praise/" + id + "/delete", "/records/praise/" + id));
        return VIEW_CONFIRM;
    }

    @PostMapping("/{id:\\d{1,18}}/delete")
    String processDeletion(@PathVariable long id, RedirectAttributes redirect) {
        if (!records.delete(id)) {
            throw new ResponseStatusException(NOT_FOUND);
        }
        redirect.addFlashAttribute("message", "records.praise.deleted");
        return "redirect:/records/praise";
    }

    /** Adds what Bean Validation cannot see (a day that has come) to the result; true when the form holds no error. */
    private boolean checked(PraiseForm form, BindingResult result) {
        Forms.reject(result, form.problems(choices.today()));
        return !result.hasErrors();
    }

    private String form(Model model) {
        model.addAttribute("customers", choices.customers());
        model.addAttribute("types", PraiseType.values());
        return VIEW_FORM;
    }

    private PraiseView find(long id) {
        return records.show(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }
}
