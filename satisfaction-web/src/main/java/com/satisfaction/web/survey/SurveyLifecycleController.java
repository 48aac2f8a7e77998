package com.satisfaction.web.survey;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What changes a survey's state: publish a draft, copy a survey as a new draft, archive a published one. */
@Controller
@RequestMapping("/surveys/{id}")
class SurveyLifecycleController {

    private final SurveyLifecycle lifecycle;

    SurveyLifecycleController(SurveyLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @PostMapping("/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        SurveyLifecycle.Publication outcome = lifecycle.publish(id);
        if (outcome instanceof SurveyLifecycle.Published) {
            redirect.addFlashAttribute("message", "survey.published");
            return "redirect:/surveys/" + id;
        }
        if (outcome instanceof SurveyLifecycle.Blocked) {
            redirect.addFlashAttribute("message", "survey.publish.blocked");
            return "redirect:/surveys/" + id + "/edit";
        }
        if (outcome instanceof SurveyLifecycle.NotADraft) {
            redirect.addFlashAttribute("message", "survey.frozen");
            return "redirect:/surveys/" + id;
        }
        throw new IllegalStateException("unknown outcome " + outcome);
    }

    @PostMapping("/copy")
    String copy(@PathVariable long id, RedirectAttributes redirect) {
        long copy = lifecycle.copyAsDraft(id);
        redirect.addFlashAttribute("message", "survey.copied");
        return "redirect:/surveys/" + copy + "/edit";
    }

    @PostMapping("/archive")
    String archive(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", lifecycle.archive(id) ? "survey.archived" : "survey.archive.onlyPublished");
        return "redirect:/surveys/" + id;
    }
}
