package com.satisfaction.web.survey;

import com.satisfaction.core.survey.Language;
import com.satisfaction.web.system.LocalizedTexts;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the survey pages' controllers share: no binding of ids, and the page's language for zh/en texts. */
@ControllerAdvice(assignableTypes = {SurveyController.class, SurveyLifecycleController.class,
        SurveyEditorController.class, QuestionEditorController.class})
class EditorAdvice {

    @InitBinder
    void setAllowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute("language")
    Language language() {
        return LocalizedTexts.currentLanguage();
    }
}
