package com.satisfaction.web.user;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.security.Principal;

/** The logged-in user's own account: changing the password (forced after a temporary one). */
@Controller
@RequestMapping(PasswordChangeRequired.CHANGE_PASSWORD_PATH)
class AccountController {

    private static final String VIEW_PASSWORD = "account/password";

    private final UserAdministration administration;

    AccountController(UserAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    String initPasswordForm(Model model) {
        model.addAttribute("passwordForm", PasswordForm.blank());
        return VIEW_PASSWORD;
    }

    @PostMapping
    String processPasswordForm(PasswordForm passwordForm, BindingResult result, Principal principal,
                               HttpSession session, RedirectAttributes redirect) {
        if (administration.changeOwnPassword(principal.getName(), passwordForm) instanceof UserAdministration.Refused refused) {
            result.rejectValue(refused.field(), refused.messageKey());
            return VIEW_PASSWORD;
        }
        PasswordChangeRequired.satisfied(session);
        redirect.addFlashAttribute("message", "password.changed");
        return "redirect:/";
    }
}
