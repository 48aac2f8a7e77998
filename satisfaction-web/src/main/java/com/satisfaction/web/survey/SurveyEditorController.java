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
import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The draft editor's page: title and intro, sections in order (add, rename, move, delete after a
 * confirmation page) with their questions, and what still keeps the survey from being published.
 * Questions have their own controller.
 */
@Controller
@RequestMapping("/surveys/{id}")
class SurveyEditorController {

    private static final String VIEW_EDITOR = "surveys/edit";
    private static final String VIEW_SECTION_FORM = "surveys/section-form";
    static final String VIEW_CONFIRM = "surveys/confirm";

    private final SurveyEditing editing;

    SurveyEditorController(SurveyEditing editing) {
        this.editing = editing;
    }

    @GetMapping("/edit")
    String initEditForm(@PathVariable long id, Model model, RedirectAttributes redirect) {
        EditorPage page = editing.page(id);
        if (!page.draft()) {
            return frozen(id, redirect);
        }
        model.addAttribute("surveyDescriptionForm", SurveyDescriptionForm.of(page.title(), page.intro()));
        model.addAttribute("sectionForm", SectionForm.blank());
        return showEditor(page, model);
    }

    @PostMapping("/edit")
    String processEditForm(@PathVariable long id, @Valid SurveyDescriptionForm surveyDescriptionForm,
                           BindingResult result, Model model, RedirectAttributes redirect) {
        EditorPage page = editing.page(id);
        if (!page.draft()) {
            return frozen(id, redirect);
        }
        model.addAttribute("sectionForm", SectionForm.blank());
        if (result.hasErrors()) {
            return showEditor(page, model);
        }
        return answer(editing.describe(id, surveyDescriptionForm), id, "editor.saved", redirect, result,
                () -> showEditor(page, model));
    }

    @PostMapping("/sections")
    String processSectionCreationForm(@PathVariable long id, @Valid SectionForm sectionForm, BindingResult result,
                                      Model model, RedirectAttributes redirect) {
        EditorPage page = editing.page(id);
        if (!page.draft()) {
            return frozen(id, redirect);
        }
        model.addAttribute("surveyDescriptionForm", SurveyDescriptionForm.of(page.title(), page.intro()));
        if (result.hasErrors()) {
            return showEditor(page, model);
        }
        return answer(editing.addSection(id, sectionForm), id, "editor.section.added", redirect, result,
                () -> showEditor(page, model));
    }

    @GetMapping("/sections/{sectionId}")
    String initSectionForm(@PathVariable long id, @PathVariable long sectionId, Model model,
                           RedirectAttributes redirect) {
        EditorPage page = editing.page(id);
        if (!page.draft()) {
            return frozen(id, redirect);
        }
        EditorPage.SectionRow section = section(page, sectionId);
        model.addAttribute("sectionForm", SectionForm.of(section.title()));
        return showSectionForm(page, section, model);
    }

    @PostMapping("/sections/{sectionId}")
    String processSectionForm(@PathVariable long id, @PathVariable long sectionId, @Valid SectionForm sectionForm,
                              BindingResult result, Model model, RedirectAttributes redirect) {
        EditorPage page = editing.page(id);
        if (!page.draft()) {
            return frozen(id, redirect);
        }
        EditorPage.SectionRow section = section(page, sectionId);
        if (result.hasErrors()) {
            return showSectionForm(page, section, model);
        }
        return answer(editing.retitleSection(id, sectionId, sectionForm), id, "editor.section.saved", redirect,
                result, () -> showSectionForm(page, section, model));
    }

    @GetMapping("/sections/{sectionId}/delete")
    String confirmSectionDeletion(@PathVariable long id, @PathVariable long sectionId, Model model,
                                  RedirectAttributes redirect) {
        EditorPage page = editing.page(id);
        if (!page.draft()) {
            return frozen(id, redirect);
        }
        model.addAttribute("confirmation", Confirmation.deleteSection(page, section(page, sectionId), currentLanguage()));
        return VIEW_CONFIRM;
    }

    @PostMapping("/sections/{sectionId}/delete")
    String deleteSection(@PathVariable long id, @PathVariable long sectionId, RedirectAttributes redirect) {
        return answer(editing.removeSection(id, sectionId), id, "editor.section.deleted", redirect, null, null);
    }

    @PostMapping("/sections/{sectionId}/move")
    String moveSection(@PathVariable long id, @PathVariable long sectionId, @RequestParam int step,
                       RedirectAttributes redirect) {
        return answer(editing.moveSection(id, sectionId, step), id, "editor.section.moved", redirect, null, null);
    }

    private String showEditor(EditorPage page, Model model) {
        model.addAttribute("survey", page);
        model.addAttribute("questionTypes", QuestionType.values());
        return VIEW_EDITOR;
    }

    private String showSectionForm(EditorPage page, EditorPage.SectionRow section, Model model) {
        model.addAttribute("survey", page);
        model.addAttribute("section", section);
        return VIEW_SECTION_FORM;
    }

    private static EditorPage.SectionRow section(EditorPage page, long sectionId) {
        return page.section(sectionId).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }
}
