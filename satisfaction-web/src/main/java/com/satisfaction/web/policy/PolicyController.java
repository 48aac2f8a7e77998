package com.satisfaction.web.policy;

import com.satisfaction.core.scoring.PolicyProblem;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.security.Principal;
import java.util.List;

/**
 * The scoring policy in force with its history (everyone signed in), and the administrator's form that saves a
 * change as a new version (ADMIN only, see SecurityConfig).
 */
@Controller
@RequestMapping("/policy")
class PolicyController {

    private static final String VIEW_SHOW = "policy/show";
    private static final String VIEW_FORM = "policy/form";

    private final PolicyEditing editing;
    private final CurrentPolicy currentPolicy;

    PolicyController(PolicyEditing editing, CurrentPolicy currentPolicy) {
        this.editing = editing;
        this.currentPolicy = currentPolicy;
    }

    @InitBinder
    void setAllowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String show(@RequestParam(name = "page", required = false) String page, Model model) {
        model.addAttribute("policy", editing.page(pageNumber(page)));
        return VIEW_SHOW;
    }

    @GetMapping("/edit")
    String initUpdateForm(Model model) {
        PolicyForm form = editing.form();
        model.addAttribute("policyForm", form);
        model.addAttribute("current", currentPolicy.currentVersion());
        return VIEW_FORM;
    }

    @PostMapping("/edit")
    String processUpdateForm(@Valid PolicyForm policyForm, BindingResult result, Principal user, Model model,
                             RedirectAttributes redirect) {
        if (result.hasErrors()) {
            reject(result, PolicyEditing.problems(policyForm));
            return showFormAgain(model);
        }
        PolicyEditing.Outcome outcome = editing.save(policyForm, user.getName());
        if (outcome instanceof PolicyEditing.Saved saved) {
            redirect.addFlashAttribute("message", "policy.saved");
            return "redirect:/policy";
        }
        if (outcome instanceof PolicyEditing.Invalid invalid) {
            reject(result, invalid.problems());
            return showFormAgain(model);
        }
        if (outcome instanceof PolicyEditing.Unchanged unchanged) {
            model.addAttribute("unchanged", unchanged.number());
            return showFormAgain(model);
        }
        if (outcome instanceof PolicyEditing.Stale stale) {
            model.addAttribute("stale", stale);
            model.addAttribute("policyForm", policyForm.rebasedOn(stale.current().number()));
            model.addAttribute("current", stale.current());
            return VIEW_FORM;
        }
        throw new IllegalStateException("Unknown outcome " + outcome);
    }

    private String showFormAgain(Model model) {
        model.addAttribute("current", currentPolicy.currentVersion());
        return VIEW_FORM;
    }

    /** Each problem beside its field, unless the field already shows one. */
    private static void reject(BindingResult result, List<PolicyProblem> problems) {
        for (PolicyProblem problem : problems) {
            String field = PolicyEditing.field(problem);
            if (field != null && !result.hasFieldErrors(field)) {
                result.rejectValue(field, "policy.problem." + problem.kind(), problem.arguments().toArray(), null);
            }
        }
    }

    private static int pageNumber(String page) {
        if (page == null || !page.strip().matches("\\d{1,6}")) {
            return 0;
        }
        return Integer.parseInt(page.strip());
    }
}
