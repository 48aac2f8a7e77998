package com.satisfaction.web.survey;

import com.satisfaction.persistence.survey.SurveyStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static com.satisfaction.web.system.LocalizedTexts.currentLanguage;

/**
 * What changes a survey's state: publish a draft, copy a survey as a new draft, archive a published one.
 * Publishing and archiving cannot be undone, so their buttons lead to a page that asks first (GET), whose
 * form does it (POST).
 */
@Controller
@RequestMapping("/surveys/{id}")
class SurveyLifecycleController {

    private final SurveyLifecycle lifecycle;
    private final SurveyEditing editing;

    SurveyLifecycleController(SurveyLifecycle lifecycle, SurveyEditing editing) {
        this.lifecycle = lifecycle;
        this.editing = editing;
    }

    @GetMapping("/publish")
    String confirmPublication(@PathVariable long id, Model model, RedirectAttributes redirect) {
        EditorPage survey = editing.page(id);
        if (!survey.draft()) {
            redirect.addFlashAttribute("message", "survey.frozen");
            return "redirect:/surveys/" + id;
        }
        if (!survey.problems().isEmpty()) {
            redirect.addFlashAttribute("message", "survey.publish.blocked");
            return "redirect:/surveys/" + id + "/edit";
        }
        model.addAttribute("confirmation", Confirmation.publish(survey, currentLanguage()));
        return SurveyEditorController.VIEW_CONFIRM;
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

    @GetMapping("/archive")
    String confirmArchiving(@PathVariable long id, Model model, RedirectAttributes redirect) {
        EditorPage survey = editing.page(id);
        if (survey.status() != SurveyStatus.PUBLISHED) {
            redirect.addFlashAttribute("message", "survey.archive.onlyPublished");
            return "redirect:/surveys/" + id;
        }
        model.addAttribute("confirmation", Confirmation.archive(survey, currentLanguage()));
        return SurveyEditorController.VIEW_CONFIRM;
    }

    @PostMapping("/archive")
    String archive(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", lifecycle.archive(id) ? "survey.archived" : "survey.archive.onlyPublished");
        return "redirect:/surveys/" + id;
    }
}
