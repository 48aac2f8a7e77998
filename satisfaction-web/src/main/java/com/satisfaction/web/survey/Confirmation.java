package com.satisfaction.web.survey;

import com.satisfaction.core.survey.Language;

import java.util.List;

/**
 * A page that asks before an action that cannot be undone and says what it will do: a heading, a text,
 * the items it concerns (e.g. the questions a deleted section takes with it), a button that POSTs to
 * {@code action}, and {@code cancel} to go back. Headings, texts and buttons are message keys with their
 * arguments. Works without script; the methods are public for the template.
 */
record Confirmation(String heading, List<Object> headingArgs, String text, List<Object> textArgs, List<String> items,
                    String action, String button, boolean danger, String cancel) {

    Confirmation {
        headingArgs = List.copyOf(headingArgs);
        textArgs = List.copyOf(textArgs);
        items = List.copyOf(items);
    }

    public Object[] headingArgsArray() {
        return headingArgs.toArray();
    }

    public Object[] textArgsArray() {
        return textArgs.toArray();
    }

    static Confirmation deleteSection(EditorPage survey, EditorPage.SectionRow section, Language language) {
        List<String> questions = section.questions().stream().map(q -> q.definition().text().in(language)).toList();
        return new Confirmation("editor.section.delete.heading", List.of(section.number(), section.title().in(language)),
                questions.isEmpty() ? "editor.section.delete.empty" : "editor.section.delete.text",
                List.of(questions.size()), questions,
                "/surveys/" + survey.id() + "/sections/" + section.id() + "/delete", "editor.section.delete.confirm", true,
                "/surveys/" + survey.id() + "/edit#section-" + section.id());
    }

    static Confirmation deleteQuestion(EditorPage survey, EditorPage.SectionRow section, EditorPage.QuestionRow question,
                                       Language language) {
        return new Confirmation("editor.question.delete.heading", List.of(section.number(), question.number()),
                "editor.question.delete.text", List.of(), List.of(question.definition().text().in(language)),
                "/surveys/" + survey.id() + "/questions/" + question.id() + "/delete", "editor.question.delete.confirm",
                true, "/surveys/" + survey.id() + "/edit#question-" + question.id());
    }

    static Confirmation publish(EditorPage survey, Language language) {
        long questions = survey.sections().stream().mapToLong(section -> section.questions().size()).sum();
        return new Confirmation("survey.publish.heading", List.of(survey.title().in(language)),
                "survey.publish.text", List.of(questions), List.of(),
                "/surveys/" + survey.id() + "/publish", "survey.publish", false, "/surveys/" + survey.id());
    }

    static Confirmation archive(EditorPage survey, Language language) {
        return new Confirmation("survey.archive.heading", List.of(survey.title().in(language)),
                "survey.archive.text", List.of(), List.of(),
                "/surveys/" + survey.id() + "/archive", "survey.archive", false, "/surveys/" + survey.id());
    }

    static Confirmation deleteDraft(long surveyId, SurveyLifecycle.Deletable draft, Language language) {
        return new Confirmation("survey.delete.heading", List.of(draft.title().in(language)),
                draft.testLinks() == 0 ? "survey.delete.text" : "survey.delete.textWithLinks",
                List.of(draft.sections(), draft.questions(), draft.testLinks()), List.of(),
                "/surveys/" + surveyId + "/delete", "survey.delete.confirm", true, "/surveys/" + surveyId);
    }
}
