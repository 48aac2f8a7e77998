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
 * What changes a survey's state: publish a draft, copy a survey as a new draft, archive a published one,
 * delete a draft nobody answered. Publishing, archiving and deleting cannot be undone, so their buttons lead
 * to a page that asks first (GET), whose form does it (POST).
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

    @GetMapping("/delete")
    String confirmDeletion(@PathVariable long id, Model model, RedirectAttributes redirect) {
        SurveyLifecycle.Deletion check = lifecycle.checkDeletion(id);
        if (check instanceof SurveyLifecycle.Deletable draft) {
            model.addAttribute("confirmation", Confirmation.deleteDraft(id, draft, currentLanguage()));
            return SurveyEditorController.VIEW_CONFIRM;
        }
        return refused(id, check, redirect);
    }

    @PostMapping("/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        SurveyLifecycle.Deletion outcome = lifecycle.deleteDraft(id);
        if (outcome instanceof SurveyLifecycle.Deleted) {
            redirect.addFlashAttribute("message", "survey.deleted");
            return "redirect:/surveys";
        }
        return refused(id, outcome, redirect);
    }

    /** Back to the survey's page, saying why it is not deleted. */
    private static String refused(long id, SurveyLifecycle.Deletion refusal, RedirectAttributes redirect) {
        String message;
        if (refusal instanceof SurveyLifecycle.NotADraft) {
            message = "survey.delete.onlyDraft";
        } else if (refusal instanceof SurveyLifecycle.HasResponses) {
            message = "survey.delete.hasResponses";
        } else if (refusal instanceof SurveyLifecycle.InCampaign) {
            message = "survey.delete.inCampaign";
        } else {
            throw new IllegalStateException("not a refusal: " + refusal);
        }
        redirect.addFlashAttribute("message", message);
        return "redirect:/surveys/" + id;
    }
}
