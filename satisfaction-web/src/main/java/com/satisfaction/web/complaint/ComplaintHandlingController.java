package com.satisfaction.web.complaint;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.security.Principal;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Taking a complaint's next step and handing it over. A refusal shows the complaint's page again with the reason by
 * the form and what was typed kept; a step taken redirects to the page with a message.
 */
@Controller
@RequestMapping("/complaints/{id:\\d{1,18}}")
class ComplaintHandlingController {

    private final ComplaintHandling handling;
    private final ComplaintPages pages;

    ComplaintHandlingController(ComplaintHandling handling, ComplaintPages pages) {
        this.handling = handling;
        this.pages = pages;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @PostMapping("/steps")
    String takeStep(@PathVariable long id, StepForm stepForm, Principal user, Model model, RedirectAttributes redirect) {
        return outcome(handling.take(id, stepForm, user.getName()), id, redirect,
                refused -> pages.show(id, model, stepForm, refused.reason(), null, null));
    }

    @PostMapping("/handover")
    String handOver(@PathVariable long id, HandoverForm handoverForm, Principal user, Model model,
                    RedirectAttributes redirect) {
        return outcome(handling.handOver(id, handoverForm, user.getName()), id, redirect,
                refused -> pages.show(id, model, null, null, handoverForm, refused.reason()));
    }

    private static String outcome(Change change, long id, RedirectAttributes redirect,
                                  java.util.function.Function<Change.Refused, String> showAgain) {
        if (change instanceof Change.Done done) {
            redirect.addFlashAttribute("message", done.message());
            return "redirect:/complaints/" + id;
        }
        if (change instanceof Change.Refused refused) {
            return showAgain.apply(refused);
        }
        if (change instanceof Change.NotFound) {
            throw new ResponseStatusException(NOT_FOUND);
        }
        throw new IllegalStateException("Unhandled change " + change);
    }
}
