package com.satisfaction.core.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole questionnaire as its author defines it: title and intro in both languages, ordered sections of
 * ordered questions (SPEC §2). {@link #problems()} says what keeps it from being published.
 */
public record SurveyDefinition(LocalizedText title, LocalizedText intro, List<SectionDefinition> sections) {

    public SurveyDefinition {
        title = title == null ? LocalizedText.EMPTY : title;
        intro = intro == null ? LocalizedText.EMPTY : intro;
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    public static SurveyDefinition of(LocalizedText title, LocalizedText intro, SectionDefinition... sections) {
        return new SurveyDefinition(title, intro, List.of(sections));
    }

    /** All questions in the order a customer meets them. */
    public List<QuestionDefinition> questions() {
        return sections.stream().flatMap(section -> section.questions().stream()).toList();
    }

    /**
     * What keeps this survey from being published: a missing title, a survey or section without
     * questions, a question's own problems (with its position), and a section of EXPECTATION_PAIR
     * questions whose weights are all zero (SPEC §4.7 cannot normalise them).
     */
    public List<SurveyProblem> problems() {
        List<SurveyProblem> problems = new ArrayList<>();
        if (!title.isComplete()) {
            problems.add(SurveyProblem.ofSurvey("survey.title.required"));
        }
        if (questions().isEmpty()) {
            problems.add(SurveyProblem.ofSurvey("survey.questions.required"));
        }
        for (int s = 0; s < sections.size(); s++) {
            SectionDefinition section = sections.get(s);
            if (!section.title().isComplete()) {
                problems.add(SurveyProblem.ofSection("section.title.required", s));
            }
            if (section.questions().isEmpty()) {
                problems.add(SurveyProblem.ofSection("section.questions.required", s));
            }
            for (int q = 0; q < section.questions().size(); q++) {
                for (SurveyProblem problem : section.questions().get(q).problems()) {
                    problems.add(new SurveyProblem(problem.code(), s, q, problem.args()));
                }
            }
            if (allPairWeightsZero(section)) {
                problems.add(SurveyProblem.ofSection("section.weights.allZero", s));
            }
        }
        return List.copyOf(problems);
    }

    private static boolean allPairWeightsZero(SectionDefinition section) {
        List<BigDecimal> weights = section.questions().stream()
                .filter(question -> question.type() == QuestionType.EXPECTATION_PAIR && question.weight() != null)
                .map(QuestionDefinition::weight)
                .toList();
        return !weights.isEmpty() && weights.stream().allMatch(weight -> weight.signum() == 0);
    }
}
