package com.satisfaction.web.complaint;

import com.satisfaction.core.survey.Language;
import com.satisfaction.core.survey.QuestionType;
import com.satisfaction.persistence.response.QuestionAnswer;
import com.satisfaction.persistence.response.Response;
import com.satisfaction.persistence.response.ResponseRepository;
import com.satisfaction.persistence.survey.Question;
import com.satisfaction.persistence.survey.QuestionChoice;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * A complaint form pre-filled from a survey response (one click from a low answer on the response's page): the
 * response's customer and contact, channel SURVEY, and a description quoting the survey, the question and the answer
 * in the reader's language.
 */
@Component
class SurveyAnswerSource {

    private final ResponseRepository responses;
    private final MessageSource messages;
    private final Clock clock;

    SurveyAnswerSource(ResponseRepository responses, MessageSource messages, Clock clock) {
        this.responses = responses;
        this.messages = messages;
        this.clock = clock;
    }

    /** The form for a complaint from {@code responseId} (and its answer to {@code questionId}); empty if there is none. */
    @Transactional(readOnly = true)
    Optional<ComplaintForm> prefill(long responseId, Long questionId, Language language) {
        Optional<Response> found = responses.findById(responseId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Response response = found.get();
        Locale locale = language == Language.EN ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        String survey = response.getRecipient().getSurvey().title().in(language);
        String description;
        if (questionId == null) {
            description = messages.getMessage("complaints.fromResponse.text", new Object[] {survey}, locale);
        } else {
            Optional<QuestionAnswer> answer = response.getAnswers().stream()
                    .filter(a -> a.getQuestion().getId().equals(questionId)).findFirst();
            if (answer.isEmpty()) {
                return Optional.empty();
            }
            Question question = answer.get().getQuestion();
            description = messages.getMessage("complaints.fromAnswer.text", new Object[] {survey,
                    question.toDefinition().text().in(language), answerText(answer.get(), language, locale)}, locale);
        }
        Long customer = response.getCustomerId();
        Long contact = response.getRecipient().getContactId();
        return Optional.of(new ComplaintForm(customer == null ? "" : customer.toString(),
                contact == null || customer == null ? "" : contact.toString(), "SURVEY", "", "", description,
                ComplaintForm.minutes(LocalDateTime.now(clock)), Long.toString(responseId),
                questionId == null ? "" : questionId.toString(), ""));
    }

    private String answerText(QuestionAnswer answer, Language language, Locale locale) {
        var definition = answer.getQuestion().toDefinition();
        QuestionType type = definition.type();
        Integer value = answer.getNumericValue();
        return switch (type) {
            case TEXT -> answer.getTextValue() == null ? "" : answer.getTextValue();
            case CHOICE -> String.join(" · ", answer.getQuestion().getChoices().stream()
                    .filter(choice -> answer.getChoiceIds().contains(choice.getId()))
                    .map(QuestionChoice::label).map(label -> label.in(language)).toList());
            case LIKERT5 -> messages.getMessage("likert." + value, null, String.valueOf(value), locale);
            case EXPECTATION_PAIR -> messages.getMessage("response.pair",
                    new Object[] {answer.getExpectedValue(), value}, locale);
            default -> messages.getMessage("response.outOf",
                    new Object[] {value, definition.scale() == null ? "" : definition.scale().max()}, locale);
        };
    }
}
