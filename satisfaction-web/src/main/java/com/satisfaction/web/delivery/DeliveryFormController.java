package com.satisfaction.web.delivery;

import com.satisfaction.core.delivery.MovementKind;
import com.satisfaction.core.period.Period;
import com.satisfaction.web.delivery.DeliveryViews.MovementView;
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

import java.time.Clock;
import java.time.LocalDate;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Typing a delivery, a return or a per-period total, and changing one. The scope (lot or period total) comes from the
 * address when creating and from the stored row when editing; the kind of a stored row never changes.
 */
@Controller
@RequestMapping("/deliveries")
class DeliveryFormController {

    private static final String VIEW_FORM = "deliveries/form";

    private final MovementRecords records;
    private final Clock clock;

    DeliveryFormController(MovementRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/new")
    String initCreationForm(@RequestParam(required = false) String kind, @RequestParam(required = false) String scope,
                            @RequestParam(required = false) String customerId, Model model) {
        MovementKind chosen = "RETURN".equals(kind) ? MovementKind.RETURN : MovementKind.DELIVERY;
        String customer = customerId != null && customerId.matches("[0-9]{1,18}") ? customerId : "";
        Period period = Period.containing(LocalDate.now(clock));
        return form(model, Scope.of(scope), null, MovementForm.blank(chosen, customer, period));
    }

    @PostMapping("/new")
    String processCreationForm(@RequestParam(required = false) String scope, @Valid MovementForm movementForm,
                               BindingResult result, Model model, RedirectAttributes redirect) {
        Scope chosen = Scope.of(scope);
        MovementKind kind = movementForm.chosenKind().orElse(null);
        movementForm.check(chosen, kind, result);
        if (result.hasErrors()) {
            return form(model, chosen, null, movementForm);
        }
        return outcome(records.create(kind, chosen, movementForm), result, model, chosen, null, movementForm, redirect,
                "deliveries.created");
    }

    @GetMapping("/{kind:" + KindPath.PATTERN + "}/{id:\\d{1,18}}/edit")
    String initUpdateForm(@PathVariable String kind, @PathVariable long id, Model model) {
        MovementView movement = find(kind, id);
        return form(model, movement.scope(), movement, movement.toForm());
    }

    @PostMapping("/{kind:" + KindPath.PATTERN + "}/{id:\\d{1,18}}/edit")
    String processUpdateForm(@PathVariable String kind, @PathVariable long id, @Valid MovementForm movementForm,
                             BindingResult result, Model model, RedirectAttributes redirect) {
        MovementView movement = find(kind, id);
        movementForm.check(movement.scope(), movement.kind(), result);
        if (result.hasErrors()) {
            return form(model, movement.scope(), movement, movementForm);
        }
        return outcome(records.update(movement.kind(), id, movementForm), result, model, movement.scope(), movement,
                movementForm, redirect, "deliveries.updated");
    }

    private String outcome(MovementRecords.Outcome outcome, BindingResult result, Model model, Scope scope,
                           MovementView movement, MovementForm form, RedirectAttributes redirect, String message) {
        if (outcome instanceof MovementRecords.Refused refused) {
            result.rejectValue(refused.field(), refused.messageKey());
            return form(model, scope, movement, form);
        }
        if (outcome instanceof MovementRecords.Saved saved) {
            redirect.addFlashAttribute("message", message);
            return "redirect:/deliveries/" + KindPath.of(saved.kind()) + "/" + saved.id();
        }
        throw new IllegalStateException("Unknown outcome " + outcome);
    }

    private String form(Model model, Scope scope, MovementView movement, MovementForm form) {
        model.addAttribute("movementForm", form);
        model.addAttribute("scope", scope.name());
        model.addAttribute("movement", movement);
        model.addAttribute("customers", records.customers());
        model.addAttribute("kinds", MovementKind.values());
        return VIEW_FORM;
    }

    private MovementView find(String kind, long id) {
        return records.show(KindPath.of(kind), id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }
}
