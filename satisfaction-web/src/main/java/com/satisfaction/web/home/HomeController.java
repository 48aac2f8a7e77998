package com.satisfaction.web.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private static final String VIEW_HOME = "home";
    private static final String VIEW_LOGIN = "login";

    @GetMapping("/")
    String home() {
        return VIEW_HOME;
    }

    @GetMapping("/login")
    String login() {
        return VIEW_LOGIN;
    }
}
