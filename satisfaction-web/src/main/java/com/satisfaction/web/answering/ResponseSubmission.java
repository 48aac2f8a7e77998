package com.satisfaction.web.answering;

import com.satisfaction.core.scoring.ScoredAnswer;
import com.satisfaction.core.scoring.SurveyScore;
import com.satisfaction.core.survey.Answer;
import com.satisfaction.core.survey.AnswerCheck;
import com.satisfaction.core.survey.AnswerRules;
import com.satisfaction.core.survey.Language;
import com.satisfaction.core.survey.QuestionDefinition;
import com.satisfaction.persistence.response.Recipient;
import com.satisfaction.persistence.response.RecipientRepository;
import com.satisfaction.persistence.response.Response;
import com.satisfaction.persistence.response.ResponseRepository;
import com.satisfaction.persistence.survey.Question;
import com.satisfaction.persistence.user.UserAccount;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores the one response a personal link accepts (SPEC §3): every answer checked against its question,
 * nothing stored unless all are valid, the survey score (SPEC §4.5) computed and kept with it. A second
 * submission — a double click, two tabs racing — is refused by the database's unique constraint and
 * reported as already answered, never stored twice.
 */
@Service
public class ResponseSubmission {

    /** What became of a submission. */
    public sealed interface Outcome {
    }

    /** Stored. */
    public record Accepted(long responseId) implements Outcome {
    }

    /** Not stored: the message key for each faulty question, by question id. */
    public record Rejected(Map<Long, AnswerCheck.Invalid> errors) implements Outcome {
    }

    /** The link already holds a response; nothing was stored. */
    public record AlreadyAnswered() implements Outcome {
    }

    /** The link's campaign is closed; nothing was stored. */
    public record Closed() implements Outcome {
    }

    private final RecipientRepository recipients;
    private final ResponseRepository responses;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ResponseSubmission(RecipientRepository recipients, ResponseRepository responses,
                       PlatformTransactionManager transactionManager, Clock clock) {
        this.recipients = recipients;
        this.responses = responses;
        // Its own transaction, whatever the caller holds: the unique constraint decides a race at commit.
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Checks and stores the answers entered for {@code recipientId}'s link.
     *
     * @param enteredBy the manager keying in a paper questionnaire, or null when the customer answers online
     */
    public Outcome submit(long recipientId, EnteredAnswers entered, Language language, UserAccount enteredBy) {
        try {
            return transaction.execute(status -> store(recipientId, entered, language, enteredBy));
        } catch (DataIntegrityViolationException raceLost) {
            if (responses.existsByRecipientId(recipientId)) {
                return new AlreadyAnswered();
            }
            throw raceLost;
        }
    }

    private Outcome store(long recipientId, EnteredAnswers entered, Language language, UserAccount enteredBy) {
        Recipient recipient = recipients.findById(recipientId).orElseThrow();
        if (recipient.isAnswered()) {
            return new AlreadyAnswered();
        }
        if (recipient.campaign().map(campaign -> campaign.isClosedAt(clock.instant())).orElse(false)) {
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
            return new Rejected(errors);
        }
        Response response = new Response(recipient, language, enteredBy, clock.instant());
        answers.forEach(response::add);
        surveyScoreOf(answers).ifPresent(score -> response.scoreAs(score.value().toBigDecimal(Response.SCORE_SCALE)));
        return new Accepted(responses.saveAndFlush(response).getId());
    }

    /** SPEC §4.5 over the scored questions answered; an EXPECTATION_PAIR scores its received value. */
    private static Optional<SurveyScore> surveyScoreOf(Map<Question, Answer> answers) {
        List<ScoredAnswer> scored = new ArrayList<>();
        answers.forEach((question, answer) -> {
            QuestionDefinition definition = question.toDefinition();
            if (definition.scored() && answer.value() != null) {
                scored.add(new ScoredAnswer(definition.scale(), answer.value(), definition.points()));
            }
        });
        return SurveyScore.of(scored);
    }
}
