package com.satisfaction.web.survey;

import com.satisfaction.core.action.AnswerConcern;
import com.satisfaction.core.action.LowAnswers;
import com.satisfaction.core.scoring.Score;
import com.satisfaction.core.scoring.SurveyScore;
import com.satisfaction.core.survey.Answer;
import com.satisfaction.core.survey.Language;
import com.satisfaction.core.survey.QuestionType;
import com.satisfaction.persistence.response.QuestionAnswer;
import com.satisfaction.persistence.response.Response;
import com.satisfaction.persistence.survey.Question;
import com.satisfaction.persistence.survey.QuestionChoice;
import com.satisfaction.persistence.survey.SurveySection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One stored response as a manager reads it: every question of the survey with what was answered. */
record ResponseView(long surveyId, long responseId, String surveyTitle, Instant submittedAt, Language language, String recipientLabel,
                    String enteredBy, Score surveyScore, List<SectionView> sections) {

    record SectionView(String title, List<AnsweredQuestion> questions) {
    }

    /**
     * A question and its answer; {@code answered} is false for an optional question left empty. {@code concern} says
     * whether the answer is low or a suggestion (a complaint or an improvement action can be made from it), else null.
     */
    record AnsweredQuestion(long questionId, int number, String text, QuestionType type, int scaleMax, boolean answered,
                            Integer value, Integer expected, String answerText, List<String> choices,
                            AnswerConcern concern) {
    }

    /** Builds the view inside the transaction that loaded {@code response}; {@code language} is the reader's. */
    static ResponseView of(Response response, Language language) {
        Map<Long, QuestionAnswer> answers = response.getAnswers().stream()
                .collect(Collectors.toMap(answer -> answer.getQuestion().getId(), Function.identity()));
        List<SectionView> sections = new ArrayList<>();
        int number = 0;
        for (SurveySection section : response.getRecipient().getSurvey().getSections()) {
            List<AnsweredQuestion> questions = new ArrayList<>();
            for (Question question : section.getQuestions()) {
                questions.add(answered(question, answers.get(question.getId()), ++number, language));
            }
            sections.add(new SectionView(section.title().in(language), questions));
        }
        return new ResponseView(response.getRecipient().getSurvey().getId(), response.getId(),
                response.getRecipient().getSurvey().title().in(language), response.getSubmittedAt(),
                response.language(), response.getRecipient().getLabel(),
                response.enteredBy().map(user -> user.getDisplayName()).orElse(null),
                response.surveyScore().map(SurveyScore::value).orElse(null), sections);
    }

    private static AnsweredQuestion answered(Question question, QuestionAnswer answer, int number, Language language) {
        var definition = question.toDefinition();
        int scaleMax = definition.scale() == null ? 0 : definition.scale().max();
        String text = definition.text().in(language);
        if (answer == null) {
            return new AnsweredQuestion(question.getId(), number, text, definition.type(), scaleMax, false, null, null,
                    null, List.of(), null);
        }
        List<String> choices = question.getChoices().stream()
                .filter(choice -> answer.getChoiceIds().contains(choice.getId()))
                .map(QuestionChoice::label)
                .map(label -> label.in(language))
                .toList();
        AnswerConcern concern = LowAnswers.concernOf(definition, new Answer(answer.getNumericValue(),
                answer.getExpectedValue(), answer.getTextValue(), null)).orElse(null);
        return new AnsweredQuestion(question.getId(), number, text, definition.type(), scaleMax, true,
                answer.getNumericValue(), answer.getExpectedValue(), answer.getTextValue(), choices, concern);
    }
}
