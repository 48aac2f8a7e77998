package com.satisfaction.web.record;

import com.satisfaction.persistence.record.Claim;
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

/**
 * Claims (客户索赔): the list with totals per currency, recording, its page, changing and deleting it. A new claim
 * starts by choosing its customer, so that the form can offer that customer's complaints to link.
 */
@Controller
@RequestMapping("/records/claims")
class ClaimController {

    private static final String VIEW_LIST = "records/claims/list";
    private static final String VIEW_FORM = "records/claims/form";
    private static final String VIEW_SHOW = "records/claims/show";
    private static final String VIEW_CONFIRM = "records/confirm";

    private final ClaimRecords records;
    private final RecordChoices choices;
    private final AuditTrail auditTrail;

    ClaimController(ClaimRecords records, RecordChoices choices, AuditTrail auditTrail) {
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
        ClaimRecords.ClaimList claims = records.list(search);
        model.addAttribute("search", search);
        model.addAttribute("list", claims.list());
        model.addAttribute("totals", claims.totals());
        model.addAttribute("customers", choices.customers());
        model.addAttribute("periods", choices.periods());
        model.addAttribute("currencies", choices.currencies());
        return VIEW_LIST;
    }

    /** Without a customer the page asks for one first; with one it is the form, offering its complaints. */
    @GetMapping("/new")
    String initCreationForm(@RequestParam(required = false) String customer, Model model) {
        ClaimForm blank = ClaimForm.blank(customer, choices.today());
        model.addAttribute("claimForm", blank);
        String view = form(model, blank);
        model.addAttribute("customerChosen", blank.chosenCustomer().isPresent());
        return view;
    }

    @PostMapping("/new")
    String processCreationForm(@Valid ClaimForm claimForm, BindingResult result, Principal principal, Model model,
                               RedirectAttributes redirect) {
        if (!checked(claimForm, result)) {
            return form(model, claimForm);
        }
        return records.create(claimForm, principal.getName()).page("/records/claims", "records.claim.created", result,
                redirect, () -> form(model, claimForm));
    }

    @GetMapping("/{id:\\d{1,18}}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("claim", find(id));
        model.addAttribute("trail", auditTrail.of(Claim.class, id));
        return VIEW_SHOW;
    }

    @GetMapping("/{id:\\d{1,18}}/edit")
    String initUpdateForm(@PathVariable long id, Model model) {
        ClaimView claim = find(id);
        model.addAttribute("claim", claim);
        model.addAttribute("claimForm", claim.toForm());
        return form(model, claim.toForm());
    }

    @PostMapping("/{id:\\d{1,18}}/edit")
    String processUpdateForm(@PathVariable long id, @Valid ClaimForm claimForm, BindingResult result, Model model,
                             RedirectAttributes redirect) {
        model.addAttribute("claim", find(id));
        if (!checked(claimForm, result)) {
            return form(model, claimForm);
        }
        Outcome outcome = records.update(id, claimForm).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        return outcome.page("/records/claims", "records.claim.updated", result, redirect,
                () -> form(model, claimForm));
    }

    @GetMapping("/{id:\\d{1,18}}/delete")
    String confirmDeletion(@PathVariable long id, Model model) {
        ClaimView claim = find(id);
        model.addAttribute("confirmation", new Confirmation("records.claim.delete.heading", claim.customerName(),
                List.of(new Confirmation.Fact("records.customer", claim.customerCode() + " " + claim.customerName()),
                        new Confirmation.Fact("records.claim.claimedOn", claim.claimedOn().toString()),
                        new Confirmation.Fact("records.claim.amount", claim.amount().toString()),
                        new Confirmation.Fact("records.claim.reason", claim.reason())),
                "/records/claims/" + id + "/delete", "/records/claims/" + id));
        return VIEW_CONFIRM;
    }

    @PostMapping("/{id:\\d{1,18}}/delete")
    String processDeletion(@PathVariable long id, RedirectAttributes redirect) {
        if (!records.delete(id)) {
            throw new ResponseStatusException(NOT_FOUND);
        }
        redirect.addFlashAttribute("message", "records.claim.deleted");
        return "redirect:/records/claims";
    }

    private boolean checked(ClaimForm form, BindingResult result) {
        Forms.reject(result, form.problems(choices.today()));
        return !result.hasErrors();
    }

    /** The form, with the complaints of the customer it names (none when it names none). */
    private String form(Model model, ClaimForm form) {
        model.addAttribute("customers", choices.customers());
        model.addAttribute("currencies", choices.currencies());
        model.addAttribute("complaints", form.chosenCustomer().map(records::complaintsOf).orElse(List.of()));
        model.addAttribute("customerChosen", true);
        return VIEW_FORM;
    }

    private ClaimView find(long id) {
        return records.show(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }
}
