package com.satisfaction.web.survey;

import com.satisfaction.core.survey.QuestionType;
import com.satisfaction.core.survey.SectionDefinition;
import com.satisfaction.persistence.survey.Question;
import com.satisfaction.persistence.survey.Survey;
import com.satisfaction.persistence.survey.SurveyRepository;
import com.satisfaction.persistence.survey.SurveySection;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;
import java.util.function.Function;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Changes to a draft survey, each in one transaction and each all-or-nothing: a survey that is no longer
 * a DRAFT is never changed (its questions are frozen), and a question is stored only when the core finds
 * nothing wrong with it. Unknown survey, section or question ids are a 404.
 */
@Service
public class SurveyEditing {

    /** What became of a change. {@code anchor} is the page anchor of what changed, for the redirect. */
    public sealed interface Outcome permits Done, Frozen, Invalid {
    }

    public record Done(String anchor) implements Outcome {
    }

    /** The survey is published or archived. */
    public record Frozen() implements Outcome {
    }

    public record Invalid(List<FieldProblem> problems) implements Outcome {
    }

    private final SurveyRepository surveys;

    SurveyEditing(SurveyRepository surveys) {
        this.surveys = surveys;
    }

    @Transactional(readOnly = true)
    EditorPage page(long surveyId) {
        return EditorPage.of(find(surveyId));
    }

    @Transactional
    Outcome describe(long surveyId, SurveyDescriptionForm form) {
        return change(surveyId, survey -> {
            survey.describe(form.title(), form.intro());
            return new Done("");
        });
    }

    @Transactional
    public Outcome addSection(long surveyId, SectionForm form) {
        return change(surveyId, survey -> {
            SurveySection section = survey.addSection(new SectionDefinition(form.title(), List.of()));
            surveys.flush();
            return new Done(sectionAnchor(section));
        });
    }

    @Transactional
    Outcome retitleSection(long surveyId, long sectionId, SectionForm form) {
        return change(surveyId, survey -> {
            SurveySection section = section(survey, sectionId);
            survey.retitleSection(section, form.title());
            return new Done(sectionAnchor(section));
        });
    }

    @Transactional
    Outcome removeSection(long surveyId, long sectionId) {
        return change(surveyId, survey -> {
            survey.removeSection(section(survey, sectionId));
            return new Done("");
        });
    }

    @Transactional
    public Outcome moveSection(long surveyId, long sectionId, int step) {
        return change(surveyId, survey -> {
            SurveySection section = section(survey, sectionId);
            survey.moveSection(section, step);
            return new Done(sectionAnchor(section));
        });
    }

    @Transactional
    public Outcome addQuestion(long surveyId, long sectionId, QuestionType type, QuestionForm form) {
        return change(surveyId, survey -> {
            SurveySection section = section(survey, sectionId);
            QuestionForm.Checked checked = form.check(type);
            if (!checked.isValid()) {
                return new Invalid(checked.problems());
            }
            Question question = survey.addQuestion(section, checked.definition());
            surveys.flush();
            return new Done(questionAnchor(question));
        });
    }

    @Transactional
    Outcome redefineQuestion(long surveyId, long questionId, QuestionForm form) {
        return change(surveyId, survey -> {
            Question question = question(survey, questionId);
            QuestionForm.Checked checked = form.check(question.getType());
            if (!checked.isValid()) {
                return new Invalid(checked.problems());
            }
            survey.redefineQuestion(question, checked.definition());
            return new Done(questionAnchor(question));
        });
    }

    @Transactional
    Outcome removeQuestion(long surveyId, long questionId) {
        return change(surveyId, survey -> {
            Question question = question(survey, questionId);
            String anchor = sectionAnchor(question.getSection());
            survey.removeQuestion(question);
            return new Done(anchor);
        });
    }

    @Transactional
    Outcome moveQuestion(long surveyId, long questionId, int step) {
        return change(surveyId, survey -> {
            Question question = question(survey, questionId);
            survey.moveQuestion(question, step);
            return new Done(questionAnchor(question));
        });
    }

    private Outcome change(long surveyId, Function<Survey, Outcome> change) {
        Survey survey = find(surveyId);
        if (!survey.isDraft()) {
            return new Frozen();
        }
        return change.apply(survey);
    }

    private Survey find(long surveyId) {
        return surveys.findById(surveyId).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }

    private static SurveySection section(Survey survey, long sectionId) {
        return survey.section(sectionId).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }

    private static Question question(Survey survey, long questionId) {
        return survey.question(questionId).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }

    static String sectionAnchor(SurveySection section) {
        return "section-" + section.getId();
    }

    static String questionAnchor(Question question) {
        return "question-" + question.getId();
    }
}
