package com.satisfaction.web.home;

import com.satisfaction.web.action.ActionLinks;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private static final String VIEW_HOME = "home";
    private static final String VIEW_LOGIN = "login";

    private final ActionLinks actions;

    HomeController(ActionLinks actions) {
        this.actions = actions;
    }

    /** The start page; it lists the user's overdue improvement actions, and every overdue one for quality managers. */
    @GetMapping("/")
    String home(Authentication user, Model model) {
        model.addAttribute("myOverdueActions", actions.overdueOwnedBy(user.getName()));
        if (user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_QUALITY_MANAGER"))) {
            model.addAttribute("allOverdueActions", actions.overdueForAll());
        }
        return VIEW_HOME;
    }

    @GetMapping("/login")
    String login() {
        return VIEW_LOGIN;
    }
}
