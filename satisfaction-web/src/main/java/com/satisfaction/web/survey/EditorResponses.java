package com.satisfaction.web.survey;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.function.Supplier;

/** How the editor's controllers answer an {@link SurveyEditing.Outcome}: Post/Redirect/Get with a flash message. */
final class EditorResponses {

    private EditorResponses() {
    }

    /**
     * Back to the editor at what changed when done; to the survey's page when it is frozen; the same form
     * with the problems beside their fields when invalid.
     */
    static String answer(SurveyEditing.Outcome outcome, long surveyId, String doneMessage,
                         RedirectAttributes redirect, BindingResult result, Supplier<String> showFormAgain) {
        if (outcome instanceof SurveyEditing.Done done) {
            redirect.addFlashAttribute("message", doneMessage);
            return "redirect:/surveys/" + surveyId + "/edit" + (done.anchor().isEmpty() ? "" : "#" + done.anchor());
        }
        if (outcome instanceof SurveyEditing.Invalid invalid) {
            for (FieldProblem problem : invalid.problems()) {
                if (problem.field() == null) {
                    result.reject(problem.code(), problem.argsArray(), null);
                } else {
                    result.rejectValue(problem.field(), problem.code(), problem.argsArray(), null);
                }
            }
            return showFormAgain.get();
        }
        return frozen(surveyId, redirect);
    }

    /** A published or archived survey is not edited: its page says why. */
    static String frozen(long surveyId, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", "survey.frozen");
        return "redirect:/surveys/" + surveyId;
    }
}
