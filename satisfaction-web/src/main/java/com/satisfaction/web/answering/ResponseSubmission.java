package com.satisfaction.web.answering;

import com.satisfaction.core.scoring.SurveyScore;
import com.satisfaction.core.survey.Answer;
import com.satisfaction.core.survey.AnswerCheck;
import com.satisfaction.core.survey.AnswerRules;
import com.satisfaction.core.survey.AnsweredQuestion;
import com.satisfaction.core.survey.Language;
import com.satisfaction.persistence.response.Recipient;
import com.satisfaction.persistence.response.RecipientRepository;
import com.satisfaction.persistence.response.Response;
import com.satisfaction.persistence.response.ResponseRepository;
import com.satisfaction.persistence.survey.Question;
import com.satisfaction.persistence.user.UserAccount;
import com.satisfaction.persistence.user.UserAccountRepository;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Stores the one response a personal link accepts (SPEC §3): every answer checked against its question,
 * nothing stored unless all are valid, the survey score (SPEC §4.5, the core's rule) kept with it exactly. A second
 * submission — a double click, two tabs racing — is refused by the database's unique constraint and
 * reported as already answered, never stored twice.
 * <p>
 * Callers hold no transaction: the submission runs in one transaction of its own, and the check after a
 * lost race runs only once that transaction has given its connection back, so a request never holds two
 * pooled connections at once (holding one while waiting for another deadlocked the pool under load).
 */
@Service
public class ResponseSubmission {

    /** What became of a submission. */
    public sealed interface Outcome {
    }

    /** Stored. */
    public record Accepted(long responseId) implements Outcome {
    }

    /** Not stored: the form again, with every answer kept and a message beside each faulty question. */
    public record Rejected(Questionnaire questionnaire) implements Outcome {
    }

    /** The link already holds a response; nothing was stored. */
    public record AlreadyAnswered() implements Outcome {
    }

    /** The link's campaign is closed or its survey archived; nothing was stored. */
    public record Closed() implements Outcome {
    }

    /** No such link; nothing was stored. */
    public record Unknown() implements Outcome {
    }

    private final RecipientRepository recipients;
    private final ResponseRepository responses;
    private final UserAccountRepository users;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ResponseSubmission(RecipientRepository recipients, ResponseRepository responses, UserAccountRepository users,
                       PlatformTransactionManager transactionManager, Clock clock) {
        this.recipients = recipients;
        this.responses = responses;
        this.users = users;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** The customer's answers to the link {@code token}, in the language the page was shown in (else the link's). */
    public Outcome submitToLink(String token, EnteredAnswers entered, Optional<Language> language) {
        return submit(() -> recipients.findByToken(token), () -> responses.existsByRecipientToken(token),
                entered, language, null);
    }

    /** A paper, fax or phone questionnaire keyed in by the manager {@code username} for one link of a survey. */
    public Outcome enterForLink(long surveyId, long recipientId, EnteredAnswers entered, Language language,
                                String username) {
        return submit(() -> recipients.findById(recipientId).filter(link -> link.getSurvey().getId() == surveyId),
                () -> responses.existsByRecipientId(recipientId), entered, Optional.of(language), username);
    }

    private Outcome submit(Supplier<Optional<Recipient>> link, BooleanSupplier answered, EnteredAnswers entered,
                           Optional<Language> language, String enteredBy) {
        try {
            return transaction.execute(status -> link.get()
                    .map(recipient -> store(recipient, entered, language.orElse(recipient.language()), enteredBy))
                    .orElseGet(Unknown::new));
        } catch (DataIntegrityViolationException raceLost) {
            if (answered.getAsBoolean()) {
                return new AlreadyAnswered();
            }
            throw raceLost;
        }
    }

    private Outcome store(Recipient recipient, EnteredAnswers entered, Language language, String enteredBy) {
        if (recipient.isAnswered()) {
            return new AlreadyAnswered();
        }
        if (recipient.isClosedAt(clock.instant())) {
            return new Closed();
        }
        Map<Long, AnswerCheck.Invalid> errors = new LinkedHashMap<>();
        Map<Question, Answer> answers = new LinkedHashMap<>();
        for (Question question : recipient.getSurvey().questions()) {
            AnswerCheck check = AnswerRules.check(question.toDefinition(), entered.forQuestion(question.getId()));
            if (check instanceof AnswerCheck.Invalid invalid) {
                errors.put(question.getId(), invalid);
            } else if (check instanceof AnswerCheck.Given given) {
                answers.put(question, given.answer());
            }
        }
        if (!errors.isEmpty()) {
            return new Rejected(Questionnaire.of(recipient.getSurvey(), language, entered, errors));
        }
        UserAccount keyedInBy = enteredBy == null ? null : users.findByUsername(enteredBy).orElseThrow();
        Response response = new Response(recipient, language, keyedInBy, clock.instant());
        answers.forEach(response::add);
        SurveyScore.ofResponse(answers.entrySet().stream()
                        .map(answer -> new AnsweredQuestion(answer.getKey().toDefinition(), answer.getValue())).toList())
                .ifPresent(response::scoreAs);
        return new Accepted(responses.saveAndFlush(response).getId());
    }
}
