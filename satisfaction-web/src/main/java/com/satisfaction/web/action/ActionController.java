package com.satisfaction.web.action;

import com.satisfaction.core.action.ActionSource;
import com.satisfaction.core.action.ActionStatus;
import com.satisfaction.core.action.Transition;
import com.satisfaction.persistence.action.ImprovementAction;
import com.satisfaction.web.action.ActionViews.ActionView;
import com.satisfaction.web.audit.AuditTrail;
import com.satisfaction.web.system.LocalizedTexts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** The list of actions, an action's page, its next steps, and deleting it after a confirmation page. */
@Controller
@RequestMapping("/actions")
class ActionController {

    private static final String VIEW_LIST = "actions/list";
    private static final String VIEW_SHOW = "actions/show";
    private static final String VIEW_DELETE = "actions/delete";

    private final ImprovementActions service;
    private final AuditTrail auditTrail;

    ActionController(ImprovementActions service, AuditTrail auditTrail) {
        this.service = service;
        this.auditTrail = auditTrail;
    }

    @GetMapping
    String list(ActionSearch search, Model model) {
        model.addAttribute("search", search);
        model.addAttribute("list", service.search(search));
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("sources", ActionSource.values());
        return VIEW_LIST;
    }

    @GetMapping("/{id:\\d{1,18}}")
    String show(@PathVariable long id, Model model) {
        return showPage(id, model);
    }

    /**
     * One step of the lifecycle: {@code from} is the status the page showed, {@code to} the step chosen, {@code text}
     * its result, effectiveness note or note. A refusal shows the page again with the reason and the text kept.
     */
    @PostMapping("/{id:\\d{1,18}}/move")
    String move(@PathVariable long id, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, @RequestParam(required = false) String text,
                Principal principal, Model model, RedirectAttributes redirect) {
        find(id);
        Optional<ActionStatus> fromStatus = status(from);
        Optional<ActionStatus> toStatus = status(to);
        Transition transition = fromStatus.isEmpty() || toStatus.isEmpty()
                ? new Transition.Refused("actions.refused.notNext")
                : service.move(id, fromStatus.get(), toStatus.get(), text, principal.getName());
        if (transition instanceof Transition.Allowed allowed) {
            redirect.addFlashAttribute("message", "actions.moved." + allowed.to().name());
            return "redirect:/actions/" + id;
        }
        if (transition instanceof Transition.Refused refused) {
            model.addAttribute("refusal", refused.reason());
            model.addAttribute("refusedStep", toStatus.orElse(null));
            model.addAttribute("typedText", text);
            return showPage(id, model);
        }
        throw new IllegalStateException("Unknown transition " + transition);
    }

    @GetMapping("/{id:\\d{1,18}}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        model.addAttribute("action", find(id));
        return VIEW_DELETE;
    }

    @PostMapping("/{id:\\d{1,18}}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        find(id);
        service.delete(id);
        redirect.addFlashAttribute("message", "actions.deleted");
        return "redirect:/actions";
    }

    /** The action's page: the action, and every change of it (who, when, before → after) from the audit trail. */
    private String showPage(long id, Model model) {
        model.addAttribute("action", find(id));
        model.addAttribute("trail", auditTrail.of(ImprovementAction.class, id));
        return VIEW_SHOW;
    }

    private ActionView find(long id) {
        return service.show(id, LocalizedTexts.currentLanguage())
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }

    private static Optional<ActionStatus> status(String name) {
        return Arrays.stream(ActionStatus.values()).filter(s -> s.name().equals(name)).findFirst();
    }
}
