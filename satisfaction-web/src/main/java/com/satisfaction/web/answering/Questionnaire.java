package com.satisfaction.web.answering;

import com.satisfaction.core.survey.AnswerCheck;
import com.satisfaction.core.survey.Language;
import com.satisfaction.core.survey.QuestionDefinition;
import com.satisfaction.core.survey.QuestionType;
import com.satisfaction.core.survey.Scale;
import com.satisfaction.persistence.survey.Question;
import com.satisfaction.persistence.survey.Survey;
import com.satisfaction.persistence.survey.SurveySection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A survey as a customer sees it in one language — the same for the public link, the preview and manual
 * entry — with the answers entered so far and the message beside each faulty question.
 */
public record Questionnaire(Language language, String title, String intro, List<SectionView> sections) {

    /** Builds the page of {@code survey} in {@code language}; {@code entered} holds the form's values by field name. */
    public static Questionnaire of(Survey survey, Language language, EnteredAnswers entered,
                                   Map<Long, AnswerCheck.Invalid> errors) {
        List<SectionView> sections = new ArrayList<>();
        int number = 0;
        for (SurveySection section : survey.getSections()) {
            List<QuestionView> questions = new ArrayList<>();
            for (Question question : section.getQuestions()) {
                questions.add(QuestionView.of(question, ++number, language, entered, errors.get(question.getId())));
            }
            sections.add(new SectionView(section.title().in(language), questions));
        }
        return new Questionnaire(language, survey.title().in(language), survey.intro().in(language), sections);
    }

    /** Whether any question carries an error message. */
    public boolean hasErrors() {
        return sections.stream().flatMap(s -> s.questions().stream()).anyMatch(q -> q.error() != null);
    }

    public record SectionView(String title, List<QuestionView> questions) {
    }

    /** One question ready to render: its controls, what was entered and its error, if any. */
    public record QuestionView(long id, int number, QuestionType type, String text, boolean required,
                               List<Integer> scalePoints, String lowLabel, String highLabel, Integer maxLength,
                               boolean multipleChoice, List<String> choices, List<String> entered,
                               String enteredExpected, AnswerCheck.Invalid error) {

        static QuestionView of(Question question, int number, Language language, EnteredAnswers entered,
                               AnswerCheck.Invalid error) {
            QuestionDefinition definition = question.toDefinition();
            String field = fieldOf(question.getId());
            return new QuestionView(question.getId(), number, definition.type(), definition.text().in(language),
                    definition.required(), pointsOf(definition), definition.lowLabel().in(language),
                    definition.highLabel().in(language), definition.maxLength(), definition.multipleChoice(),
                    definition.choices().stream().map(choice -> choice.in(language)).toList(),
                    entered.values(field), entered.first(expectedFieldOf(question.getId())), error);
        }

        /** LIKERT5 reads from 非常好 (5) down to 非常差 (1), as on the seed form; numeric scales go up. */
        private static List<Integer> pointsOf(QuestionDefinition definition) {
            Scale scale = definition.scale();
            if (scale == null) {
                return List.of();
            }
            if (scale == Scale.LIKERT5) {
                return IntStream.iterate(scale.max(), value -> value >= scale.min(), value -> value - 1).boxed().toList();
            }
            return IntStream.rangeClosed(scale.min(), scale.max()).boxed().toList();
        }

        public String field() {
            return fieldOf(id);
        }

        public String expectedField() {
            return expectedFieldOf(id);
        }

        public boolean isChosen(Object value) {
            return entered.contains(String.valueOf(value));
        }

        public boolean isExpected(Object value) {
            return String.valueOf(value).equals(enteredExpected);
        }

        public String enteredText() {
            return entered.isEmpty() ? "" : entered.get(0);
        }
    }

    public static String fieldOf(long questionId) {
        return "q" + questionId;
    }

    static String expectedFieldOf(long questionId) {
        return "q" + questionId + "-expected";
    }
}
