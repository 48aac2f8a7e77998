package com.satisfaction.web.answering;

import com.satisfaction.core.survey.Language;
import com.satisfaction.persistence.response.Recipient;
import com.satisfaction.persistence.response.RecipientRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** What a personal link shows: the form, "already answered" or "closed", in the page's language. */
@Service
class LinkPages {

    sealed interface LinkPage {
        Language language();
    }

    record Form(Language language, Questionnaire questionnaire) implements LinkPage {
    }

    record Answered(Language language) implements LinkPage {
    }

    record Closed(Language language) implements LinkPage {
    }

    /** A link's manual-entry page: its label, whether it is answered, and the form in {@code language}. */
    record Entry(String label, boolean answered, Questionnaire questionnaire) {
    }

    private final RecipientRepository recipients;
    private final Clock clock;

    LinkPages(RecipientRepository recipients, Clock clock) {
        this.recipients = recipients;
        this.clock = clock;
    }

    /**
     * The page of the link {@code token} in the chosen language (else the contact's), with what was
     * entered so far; empty for an unknown token. {@code countsAsVisit} records the first visit as
     * "opened" — false for a logged-in manager trying the link, and for a language switch.
     */
    @Transactional
    Optional<LinkPage> open(String token, Optional<Language> chosen, boolean countsAsVisit, EnteredAnswers entered) {
        return recipients.findByToken(token).map(recipient -> pageOf(recipient, chosen, countsAsVisit, entered));
    }

    /** The manual-entry page of link {@code recipientId} of survey {@code surveyId}; empty when there is none. */
    @Transactional(readOnly = true)
    Optional<Entry> entry(long surveyId, long recipientId, Language language, EnteredAnswers entered) {
        return recipients.findById(recipientId)
                .filter(recipient -> recipient.getSurvey().getId() == surveyId)
                .map(recipient -> new Entry(recipient.getLabel(), recipient.isAnswered(),
                        Questionnaire.of(recipient.getSurvey(), language, entered, Map.of())));
    }

    private LinkPage pageOf(Recipient recipient, Optional<Language> chosen, boolean countsAsVisit,
                            EnteredAnswers entered) {
        Language language = chosen.orElse(recipient.language());
        if (recipient.isAnswered()) {
            return new Answered(language);
        }
        if (recipient.isClosedAt(clock.instant())) {
            return new Closed(language);
        }
        if (countsAsVisit) {
            recipients.markOpened(recipient.getId(), clock.instant());
        }
        return new Form(language, Questionnaire.of(recipient.getSurvey(), language, entered, Map.of()));
    }
}
