package com.satisfaction.web.survey;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

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
            reject(invalid.problems(), result);
            return showFormAgain.get();
        }
        if (outcome instanceof SurveyEditing.Frozen) {
            return frozen(surveyId, redirect);
        }
        throw new IllegalStateException("unknown outcome " + outcome);
    }

    /**
     * Adds {@code problems} to the form's errors, except on a field that already has one (a number that does
     * not parse is reported once, by Bean Validation, not again as the rule it then cannot meet).
     */
    static void reject(List<FieldProblem> problems, BindingResult result) {
        Set<String> alreadyWrong = result.getFieldErrors().stream().map(FieldError::getField).collect(Collectors.toSet());
        for (FieldProblem problem : problems) {
            if (problem.field() == null) {
                result.reject(problem.code(), problem.argsArray(), null);
            } else if (!alreadyWrong.contains(problem.field())) {
                result.rejectValue(problem.field(), problem.code(), problem.argsArray(), null);
            }
        }
    }

    /** A published or archived survey is not edited: its page says why. */
    static String frozen(long surveyId, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", "survey.frozen");
        return "redirect:/surveys/" + surveyId;
    }
}
