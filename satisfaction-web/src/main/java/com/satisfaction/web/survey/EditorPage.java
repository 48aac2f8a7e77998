package com.satisfaction.web.survey;

import com.satisfaction.core.survey.LocalizedText;
import com.satisfaction.core.survey.QuestionDefinition;
import com.satisfaction.core.survey.SurveyProblem;
import com.satisfaction.persistence.survey.Survey;
import com.satisfaction.persistence.survey.SurveyStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the editor shows of a survey, read in one transaction: its sections and questions in order with
 * their ids, and what still keeps it from being published.
 */
record EditorPage(long id, SurveyStatus status, LocalizedText title, LocalizedText intro,
                  List<SectionRow> sections, List<ProblemRow> problems) {

    /** A section; {@code number} counts from 1 as the author reads it. */
    record SectionRow(long id, int number, LocalizedText title, List<QuestionRow> questions) {
    }

    record QuestionRow(long id, long sectionId, int number, QuestionDefinition definition) {
    }

    /** A publish problem; {@code section} and {@code question} count from 1, 0 where it concerns no one. */
    record ProblemRow(String code, Object[] args, int section, int question) {

        static ProblemRow of(SurveyProblem problem) {
            return new ProblemRow(problem.code(), problem.args().toArray(), problem.section() + 1, problem.question() + 1);
        }
    }

    static EditorPage of(Survey survey) {
        List<SectionRow> sections = new ArrayList<>();
        for (var section : survey.getSections()) {
            List<QuestionRow> questions = new ArrayList<>();
            for (var question : section.getQuestions()) {
                questions.add(new QuestionRow(question.getId(), section.getId(), questions.size() + 1,
                        question.toDefinition()));
            }
            sections.add(new SectionRow(section.getId(), sections.size() + 1, section.title(), List.copyOf(questions)));
        }
        List<ProblemRow> problems = survey.toDefinition().problems().stream().map(ProblemRow::of).toList();
        return new EditorPage(survey.getId(), survey.getStatus(), survey.title(), survey.intro(),
                List.copyOf(sections), problems);
    }

    boolean draft() {
        return status == SurveyStatus.DRAFT;
    }

    Optional<SectionRow> section(long sectionId) {
        return sections.stream().filter(section -> section.id() == sectionId).findFirst();
    }

    Optional<QuestionRow> question(long questionId) {
        return sections.stream().flatMap(section -> section.questions().stream())
                .filter(question -> question.id() == questionId).findFirst();
    }
}
