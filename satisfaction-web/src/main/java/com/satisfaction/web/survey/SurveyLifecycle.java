package com.satisfaction.web.survey;

import com.satisfaction.core.survey.Language;
import com.satisfaction.core.survey.LocalizedText;
import com.satisfaction.core.survey.SurveyDefinition;
import com.satisfaction.core.survey.SurveyProblem;
import com.satisfaction.core.survey.SurveyTemplate;
import com.satisfaction.persistence.response.Recipient;
import com.satisfaction.persistence.response.RecipientRepository;
import com.satisfaction.persistence.survey.Survey;
import com.satisfaction.persistence.survey.SurveyRepository;
import com.satisfaction.persistence.survey.SurveyStatus;
import com.satisfaction.web.answering.LinkTokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * A survey's life: created blank or from a template, published once nothing blocks it (SPEC §2), copied
 * as a new draft, archived; and the test links a manager makes for a published survey.
 */
@Service
class SurveyLifecycle {

    /** What became of a request to publish. */
    sealed interface Publication permits Published, Blocked, NotADraft {
    }

    record Published() implements Publication {
    }

    record Blocked(List<SurveyProblem> problems) implements Publication {
    }

    record NotADraft() implements Publication {
    }

    private final SurveyRepository surveys;
    private final RecipientRepository recipients;
    private final LinkTokens tokens;
    private final Clock clock;

    SurveyLifecycle(SurveyRepository surveys, RecipientRepository recipients, LinkTokens tokens, Clock clock) {
        this.surveys = surveys;
        this.recipients = recipients;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Transactional
    Survey createBlank(LocalizedText title) {
        return surveys.save(Survey.draftOf(new SurveyDefinition(title, LocalizedText.EMPTY, List.of()), clock.instant()));
    }

    @Transactional
    Survey createFrom(SurveyTemplate template) {
        return surveys.save(Survey.draftOf(template.definition(), clock.instant()));
    }

    @Transactional
    Publication publish(Survey survey) {
        if (!survey.isDraft()) {
            return new NotADraft();
        }
        List<SurveyProblem> problems = survey.toDefinition().problems();
        if (!problems.isEmpty()) {
            return new Blocked(problems);
        }
        survey.publish(clock.instant());
        surveys.save(survey);
        return new Published();
    }

    /** A new draft with the same questions, to change what a published survey asks. */
    @Transactional
    Survey copyAsDraft(Survey survey) {
        return surveys.save(Survey.draftOf(survey.toDefinition(), clock.instant()));
    }

    /** Archives a published survey; a draft is refused (empty). */
    @Transactional
    Optional<Survey> archive(Survey survey) {
        if (survey.getStatus() != SurveyStatus.PUBLISHED) {
            return Optional.empty();
        }
        survey.archive();
        return Optional.of(surveys.save(survey));
    }

    /** A test link for a published survey; empty for a draft or archived survey. */
    @Transactional
    Optional<Recipient> createTestLink(Survey survey, String label, Language language) {
        if (survey.getStatus() != SurveyStatus.PUBLISHED) {
            return Optional.empty();
        }
        return Optional.of(recipients.save(Recipient.testLink(survey, label, language, tokens.next(), clock.instant())));
    }
}
