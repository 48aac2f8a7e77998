package com.satisfaction.web.home;

import com.satisfaction.web.complaint.OverdueComplaints;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.security.Principal;

@Controller
class HomeController {

    private static final String VIEW_HOME = "home";
    private static final String VIEW_LOGIN = "login";

    private final OverdueComplaints overdueComplaints;

    HomeController(OverdueComplaints overdueComplaints) {
        this.overdueComplaints = overdueComplaints;
    }

    @GetMapping("/")
    String home(Principal user, Model model) {
        model.addAttribute("myOverdueComplaints", overdueComplaints.ownedBy(user.getName()));
        return VIEW_HOME;
    }

    @GetMapping("/login")
    String login() {
        return VIEW_LOGIN;
    }
}
