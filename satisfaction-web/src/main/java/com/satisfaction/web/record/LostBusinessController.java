package com.satisfaction.web.record;

import com.satisfaction.core.record.LostBusinessKind;
import com.satisfaction.persistence.record.LostBusiness;
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

/** Lost business (流失业务): the list, recording, its page, changing and deleting it. */
@Controller
@RequestMapping("/records/lost-business")
class LostBusinessController {

    private static final String VIEW_LIST = "records/lost-business/list";
    private static final String VIEW_FORM = "records/lost-business/form";
    private static final String VIEW_SHOW = "records/lost-business/show";
    private static final String VIEW_CONFIRM = "records/confirm";

    private final LostBusinessRecords records;
    private final RecordChoices choices;
    private final AuditTrail auditTrail;

    LostBusinessController(LostBusinessRecords records, RecordChoices choices, AuditTrail auditTrail) {
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
        model.addAttribute("kinds", LostBusinessKind.values());
        return VIEW_LIST;
    }

    @GetMapping("/new")
    String initCreationForm(@RequestParam(required = false) String customer, Model model) {
        model.addAttribute("lostBusinessForm", LostBusinessForm.blank(customer, choices.today()));
        return form(model);
    }

    @PostMapping("/new")
    String processCreationForm(@Valid LostBusinessForm lostBusinessForm, BindingResult result, Principal principal,
                               Model model, RedirectAttributes redirect) {
        if (!checked(lostBusinessForm, result)) {
            return form(model);
        }
        Outcome outcome = records.create(lostBusinessForm, principal.getName());
        return outcome.page("/records/lost-business", "records.lost.created", result, redirect, () -> form(model));
    }

    @GetMapping("/{id:\\d{1,18}}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("lost", find(id));
        model.addAttribute("trail", auditTrail.of(LostBusiness.class, id));
        return VIEW_SHOW;
    }

    @GetMapping("/{id:\\d{1,18}}/edit")
    String initUpdateForm(@PathVariable long id, Model model) {
        LostBusinessView lost = find(id);
        model.addAttribute("lost", lost);
        model.addAttribute("lostBusinessForm", lost.toForm());
        return form(model);
    }

    @PostMapping("/{id:\\d{1,18}}/edit")
    String processUpdateForm(@PathVariable long id, @Valid LostBusinessForm lostBusinessForm, BindingResult result,
                             Model model, RedirectAttributes redirect) {
        model.addAttribute("lost", find(id));
        if (!checked(lostBusinessForm, result)) {
            return form(model);
        }
        Outcome outcome = records.update(id, lostBusinessForm).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        return outcome.page("/records/lost-business", "records.lost.updated", result, redirect, () -> form(model));
    }

    @GetMapping("/{id:\\d{1,18}}/delete")
    String confirmDeletion(@PathVariable long id, Model model) {
        LostBusinessView lost = find(id);
        model.addAttribute("confirmation", new Confirmation("records.lost.delete.heading", lost.customerName(),
                List.of(new Confirmation.Fact("records.customer", lost.customerCode() + " " + lost.customerName()),
                        new Confirmation.Fact("records.lost.lostOn", lost.lostOn().toString()),
                        new Confirmation.Fact("records.lost.what", lost.productLine() == null
                                ? lost.customerName() : lost.productLine()),
                        new Confirmation.Fact("records.lost.reason", lost.reason())),
                "/records/lost-business/" + id + "/delete", "/records/lost-business/" + id));
        return VIEW_CONFIRM;
    }

    @PostMapping("/{id:\\d{1,18}}/delete")
    String processDeletion(@PathVariable long id, RedirectAttributes redirect) {
        if (!records.delete(id)) {
            throw new ResponseStatusException(NOT_FOUND);
        }
        redirect.addFlashAttribute("message", "records.lost.deleted");
        return "redirect:/records/lost-business";
    }

    /** Adds what Bean Validation cannot see (the core's rules) to the result; true when the form holds no error. */
    private boolean checked(LostBusinessForm form, BindingResult result) {
        Forms.reject(result, form.problems(choices.today()));
        return !result.hasErrors();
    }

    private String form(Model model) {
        model.addAttribute("customers", choices.customers());
        model.addAttribute("kinds", LostBusinessKind.values());
        model.addAttribute("currencies", choices.currencies());
        return VIEW_FORM;
    }

    private LostBusinessView find(long id) {
        return records.show(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }
}
