package com.satisfaction.web.home;

import com.satisfaction.web.action.ActionLinks;
import com.satisfaction.web.complaint.OverdueComplaints;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private static final String VIEW_HOME = "home";
    private static final String VIEW_LOGIN = "login";

    private final OverdueComplaints overdueComplaints;
    private final ActionLinks actions;

    HomeController(OverdueComplaints overdueComplaints, ActionLinks actions) {
        this.overdueComplaints = overdueComplaints;
        this.actions = actions;
    }

    /**
     * The start page: the user's overdue complaints and improvement actions, and every overdue action for quality
     * managers.
     */
    @GetMapping("/")
    String home(Authentication user, Model model) {
        model.addAttribute("myOverdueComplaints", overdueComplaints.ownedBy(user.getName()));
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
