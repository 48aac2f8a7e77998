package com.satisfaction.web.survey;

import com.satisfaction.core.survey.QuestionType;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;


import static com.satisfaction.web.survey.EditorResponses.answer;
import static com.satisfaction.web.system.LocalizedTexts.currentLanguage;
import static com.satisfaction.web.survey.EditorResponses.frozen;
import static com.satisfaction.web.survey.EditorResponses.reject;
import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * A draft's questions: one create-or-update form offering the settings of the question's type, reporting
 * every problem at once (Bean Validation and the core's rules in one pass); move; delete after a
 * confirmation page.
 */
@Controller
@RequestMapping("/surveys/{id}")
class QuestionEditorController {

    private static final String VIEW_QUESTION_FORM = "surveys/question-form";

    private final SurveyEditing editing;

    QuestionEditorController(SurveyEditing editing) {
        this.editing = editing;
    }

    @GetMapping("/sections/{sectionId}/questions/new")
    String initCreationForm(@PathVariable long id, @PathVariable long sectionId, @RequestParam QuestionType type,
                            Model model, RedirectAttributes redirect) {
        EditorPage page = editing.page(id);
        if (!page.draft()) {
            return frozen(id, redirect);
        }
        model.addAttribute("questionForm", QuestionForm.blank(type));
        return showForm(page, section(page, sectionId), type, null, model);
    }

    @PostMapping("/sections/{sectionId}/questions/new")
    String processCreationForm(@PathVariable long id, @PathVariable long sectionId, @RequestParam QuestionType type,
                               @Valid QuestionForm questionForm, BindingResult result, Model model,
                               RedirectAttributes redirect) {
        EditorPage page = editing.page(id);
        if (!page.draft()) {
            return frozen(id, redirect);
        }
        EditorPage.SectionRow section = section(page, sectionId);
        if (result.hasErrors()) {
            reject(questionForm.check(type).problems(), result);
            return showForm(page, section, type, null, model);
        }
        return answer(editing.addQuestion(id, sectionId, type, questionForm), id, "editor.question.added", redirect,
                result, () -> showForm(page, section, type, null, model));
    }

    @GetMapping("/questions/{questionId}")
    String initUpdateForm(@PathVariable long id, @PathVariable long questionId, Model model,
                          RedirectAttributes redirect) {
        EditorPage page = editing.page(id);
        if (!page.draft()) {
            return frozen(id, redirect);
        }
        EditorPage.QuestionRow question = question(page, questionId);
        model.addAttribute("questionForm", QuestionForm.of(question.definition()));
        return showForm(page, section(page, question.sectionId()), question.definition().type(), question, model);
    }

    @PostMapping("/questions/{questionId}")
    String processUpdateForm(@PathVariable long id, @PathVariable long questionId, @Valid QuestionForm questionForm,
                             BindingResult result, Model model, RedirectAttributes redirect) {
        EditorPage page = editing.page(id);
        if (!page.draft()) {
            return frozen(id, redirect);
        }
        EditorPage.QuestionRow question = question(page, questionId);
        EditorPage.SectionRow section = section(page, question.sectionId());
        QuestionType type = question.definition().type();
        if (result.hasErrors()) {
            reject(questionForm.check(type).problems(), result);
            return showForm(page, section, type, question, model);
        }
        return answer(editing.redefineQuestion(id, questionId, questionForm), id, "editor.question.saved", redirect,
                result, () -> showForm(page, section, type, question, model));
    }

    @GetMapping("/questions/{questionId}/delete")
    String confirmDeletion(@PathVariable long id, @PathVariable long questionId, Model model,
                           RedirectAttributes redirect) {
        EditorPage page = editing.page(id);
        if (!page.draft()) {
            return frozen(id, redirect);
        }
        EditorPage.QuestionRow question = question(page, questionId);
        model.addAttribute("confirmation",
                Confirmation.deleteQuestion(page, section(page, question.sectionId()), question, currentLanguage()));
        return SurveyEditorController.VIEW_CONFIRM;
    }

    @PostMapping("/questions/{questionId}/delete")
    String deleteQuestion(@PathVariable long id, @PathVariable long questionId, RedirectAttributes redirect) {
        return answer(editing.removeQuestion(id, questionId), id, "editor.question.deleted", redirect, null, null);
    }

    @PostMapping("/questions/{questionId}/move")
    String moveQuestion(@PathVariable long id, @PathVariable long questionId, @RequestParam int step,
                        RedirectAttributes redirect) {
        return answer(editing.moveQuestion(id, questionId, step), id, "editor.question.moved", redirect, null, null);
    }

    private String showForm(EditorPage page, EditorPage.SectionRow section, QuestionType type,
                            EditorPage.QuestionRow question, Model model) {
        model.addAttribute("survey", page);
        model.addAttribute("section", section);
        model.addAttribute("type", type);
        model.addAttribute("settings", new QuestionSettings(type));
        model.addAttribute("question", question);
        return VIEW_QUESTION_FORM;
    }

    private static EditorPage.SectionRow section(EditorPage page, long sectionId) {
        return page.section(sectionId).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }

    private static EditorPage.QuestionRow question(EditorPage page, long questionId) {
        return page.question(questionId).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }
}
