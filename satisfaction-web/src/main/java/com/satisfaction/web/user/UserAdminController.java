package com.satisfaction.web.user;

import com.satisfaction.core.survey.Language;
import com.satisfaction.persistence.user.Role;
import com.satisfaction.persistence.user.UserAccount;
import com.satisfaction.persistence.user.UserAccountRepository;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;


import static org.springframework.http.HttpStatus.NOT_FOUND;

/** The administrator's pages: list users, create one, change roles, disable, reset a password. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private static final String VIEW_LIST = "admin/users/list";
    private static final String VIEW_FORM = "admin/users/form";
    private static final String REDIRECT_LIST = "redirect:/admin/users";

    private final UserAccountRepository users;
    private final UserAdministration administration;
    private final UserSessions sessions;

    UserAdminController(UserAccountRepository users, UserAdministration administration, UserSessions sessions) {
        this.users = users;
        this.administration = administration;
        this.sessions = sessions;
    }

    @ModelAttribute("allRoles")
    Role[] allRoles() {
        return Role.values();
    }

    @ModelAttribute("mailLanguages")
    Language[] mailLanguages() {
        return Language.values();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", users.findAllByOrderByUsernameAsc());
        return VIEW_LIST;
    }

    @GetMapping("/new")
    String initCreationForm(Model model) {
        model.addAttribute("userForm", UserForm.blank());
        return VIEW_FORM;
    }

    @PostMapping("/new")
    String processCreationForm(@Valid UserForm userForm, BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return VIEW_FORM;
        }
        if (administration.create(userForm) instanceof UserAdministration.Refused refused) {
            result.rejectValue(refused.field(), refused.messageKey());
            return VIEW_FORM;
        }
        redirect.addFlashAttribute("message", "user.created");
        return REDIRECT_LIST;
    }

    @GetMapping("/{id}")
    String initUpdateForm(@PathVariable long id, Model model) {
        UserAccount account = find(id);
        model.addAttribute("account", account);
        model.addAttribute("userForm", new UserForm(account.getUsername(), account.getDisplayName(),
                account.getRoles(), account.isEnabled(), null, account.getEmail(), account.mailLanguage()));
        model.addAttribute("passwordForm", PasswordForm.blank());
        return VIEW_FORM;
    }

    @PostMapping("/{id}")
    String processUpdateForm(@PathVariable long id, @Valid UserForm userForm, BindingResult result,
                             Model model, RedirectAttributes redirect) {
        UserAccount account = find(id);
        model.addAttribute("account", account);
        model.addAttribute("passwordForm", PasswordForm.blank());
        if (result.hasFieldErrors("displayName") || result.hasFieldErrors("roles") || result.hasFieldErrors("email")) {
            return VIEW_FORM;
        }
        UserAdministration.Outcome outcome = administration.update(account, userForm);
        if (outcome instanceof UserAdministration.Refused refused) {
            result.rejectValue(refused.field(), refused.messageKey());
            return VIEW_FORM;
        }
        endSessionsIfRequired(outcome);
        redirect.addFlashAttribute("message", "user.updated");
        return REDIRECT_LIST;
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, PasswordForm passwordForm, BindingResult result,
                         Model model, RedirectAttributes redirect) {
        UserAccount account = find(id);
        UserAdministration.Outcome outcome = administration.resetPassword(account, passwordForm);
        if (outcome instanceof UserAdministration.Refused refused) {
            result.rejectValue(refused.field(), refused.messageKey());
            model.addAttribute("account", account);
            model.addAttribute("userForm", new UserForm(account.getUsername(), account.getDisplayName(),
                    account.getRoles(), account.isEnabled(), null, account.getEmail(), account.mailLanguage()));
            return VIEW_FORM;
        }
        endSessionsIfRequired(outcome);
        redirect.addFlashAttribute("message", "user.passwordReset");
        return REDIRECT_LIST;
    }

    private void endSessionsIfRequired(UserAdministration.Outcome outcome) {
        if (outcome instanceof UserAdministration.Done done && done.endsSessions()) {
            sessions.endAllOf(done.user().getUsername());
        }
    }

    private UserAccount find(long id) {
        return users.findById(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }
}
