package com.satisfaction.web.survey;

import com.satisfaction.core.survey.Language;
import com.satisfaction.core.survey.LocalizedText;
import com.satisfaction.core.survey.SurveyDefinition;
import com.satisfaction.core.survey.SurveyProblem;
import com.satisfaction.core.survey.SurveyTemplate;
import com.satisfaction.persistence.campaign.CampaignRepository;
import com.satisfaction.persistence.response.Recipient;
import com.satisfaction.persistence.response.RecipientRepository;
import com.satisfaction.persistence.response.ResponseRepository;
import com.satisfaction.persistence.survey.Survey;
import com.satisfaction.persistence.survey.SurveyRepository;
import com.satisfaction.persistence.survey.SurveyStatus;
import com.satisfaction.web.answering.LinkTokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * A survey's life: created blank or from a template, published once nothing blocks it (SPEC §2), copied
 * as a new draft, archived, or deleted while it is a draft nobody answered; and the test links a manager makes for a published survey. Each change is one
 * transaction; an unknown survey id is a 404.
 */
@Service
public class SurveyLifecycle {

    /** What became of a request to publish. */
    public sealed interface Publication permits Published, Blocked, NotADraft {
    }

    public record Published() implements Publication {
    }

    public record Blocked(List<SurveyProblem> problems) implements Publication {
    }

    /** The survey is published or archived. */
    public record NotADraft() implements Publication, Deletion {
    }

    /** What deleting a draft would do or did, or why it may not. */
    sealed interface Deletion permits Deletable, Deleted, NotADraft, HasResponses, InCampaign {
    }

    /** A draft that may be deleted, with what goes with it: its sections, questions and unanswered test links. */
    record Deletable(LocalizedText title, int sections, int questions, int testLinks) implements Deletion {
    }

    record Deleted() implements Deletion {
    }

    /** A link of the draft has been answered: answers are never erased. */
    record HasResponses() implements Deletion {
    }

    /** A campaign uses the draft. */
    record InCampaign() implements Deletion {
    }

    /** Length of the survey table's title columns. */
    static final int TITLE_LENGTH = 200;
    static final String COPY_SUFFIX_ZH = " (副本)";
    static final String COPY_SUFFIX_EN = " (copy)";

    private final SurveyRepository surveys;
    private final RecipientRepository recipients;
    private final ResponseRepository responses;
    private final CampaignRepository campaigns;
    private final LinkTokens tokens;
    private final Clock clock;

    SurveyLifecycle(SurveyRepository surveys, RecipientRepository recipients, ResponseRepository responses,
                    CampaignRepository campaigns, LinkTokens tokens, Clock clock) {
        this.surveys = surveys;
        this.recipients = recipients;
        this.responses = responses;
        this.campaigns = campaigns;
        this.tokens = tokens;
        this.clock = clock;
    }

    /**
     * The survey's page; each test link's address is {@code linkBase} followed by its token, or by a mask
     * unless {@code tokensVisible}.
     */
    @Transactional(readOnly = true)
    SurveyPage page(long surveyId, String linkBase, boolean tokensVisible) {
        Survey survey = find(surveyId);
        return SurveyPage.of(survey, recipients.findTestLinks(surveyId).stream()
                .map(link -> TestLinkRow.of(link, linkBase, tokensVisible)).toList());
    }

    @Transactional
    long createBlank(LocalizedText title) {
        return surveys.save(Survey.draftOf(new SurveyDefinition(title, LocalizedText.EMPTY, List.of()), clock.instant()))
                .getId();
    }

    @Transactional
    public long createFrom(SurveyTemplate template) {
        return surveys.save(Survey.draftOf(template.definition(), clock.instant())).getId();
    }

    @Transactional
    public Publication publish(long surveyId) {
        Survey survey = find(surveyId);
        if (!survey.isDraft()) {
            return new NotADraft();
        }
        List<SurveyProblem> problems = survey.toDefinition().problems();
        if (!problems.isEmpty()) {
            return new Blocked(problems);
        }
        survey.publish(clock.instant());
        return new Published();
    }

    /**
     * A new draft with the same questions, to change what a published survey asks, titled as a copy so that
     * the list tells the two apart; returns its id.
     */
    @Transactional
    long copyAsDraft(long surveyId) {
        SurveyDefinition original = find(surveyId).toDefinition();
        SurveyDefinition copy = new SurveyDefinition(copyTitle(original.title()), original.intro(), original.sections());
        return surveys.save(Survey.draftOf(copy, clock.instant())).getId();
    }

    /** "… (副本)" / "… (copy)", the original shortened where the suffix would pass the title's column length. */
    static LocalizedText copyTitle(LocalizedText title) {
        return LocalizedText.of(withSuffix(title.zh(), COPY_SUFFIX_ZH), withSuffix(title.en(), COPY_SUFFIX_EN));
    }

    private static String withSuffix(String title, String suffix) {
        int room = TITLE_LENGTH - suffix.length();
        if (title.length() <= room) {
            return title + suffix;
        }
        int end = Character.isHighSurrogate(title.charAt(room - 1)) ? room - 1 : room;
        return title.substring(0, end).stripTrailing() + suffix;
    }

    /** Archives a published survey; a draft or an archived survey is refused (false). */
    @Transactional
    boolean archive(long surveyId) {
        Survey survey = find(surveyId);
        if (survey.getStatus() != SurveyStatus.PUBLISHED) {
            return false;
        }
        survey.archive();
        return true;
    }

    /** Makes a test link for a published survey; a draft or an archived survey is refused (false). */
    @Transactional
    boolean createTestLink(long surveyId, String label, Language language) {
        Survey survey = find(surveyId);
        if (survey.getStatus() != SurveyStatus.PUBLISHED) {
            return false;
        }
        recipients.save(Recipient.testLink(survey, label, language, tokens.next(), clock.instant()));
        return true;
    }

    /** Whether the survey may be deleted, and what would go with it. */
    @Transactional(readOnly = true)
    Deletion checkDeletion(long surveyId) {
        Survey survey = find(surveyId);
        List<Recipient> links = recipients.findTestLinks(surveyId);
        return refusal(survey, links).orElseGet(() -> new Deletable(survey.title(), survey.getSections().size(),
                survey.questions().size(), links.size()));
    }

    /**
     * Deletes a draft with its sections, questions and test links, provided no link has been answered and no
     * campaign uses it. The links stay locked from the check to the deletion, so no response slips in between.
     */
    @Transactional
    Deletion deleteDraft(long surveyId) {
        Survey survey = find(surveyId);
        List<Recipient> links = recipients.lockAllOfSurvey(surveyId);
        Optional<Deletion> refused = refusal(survey, links);
        if (refused.isPresent()) {
            return refused.get();
        }
        recipients.deleteAll(links);
        recipients.flush();
        surveys.delete(survey);
        return new Deleted();
    }

    private Optional<Deletion> refusal(Survey survey, List<Recipient> links) {
        if (!survey.isDraft()) {
            return Optional.of(new NotADraft());
        }
        if (campaigns.existsBySurveyId(survey.getId()) || links.stream().anyMatch(link -> link.campaign().isPresent())) {
            return Optional.of(new InCampaign());
        }
        if (responses.existsBySurveyId(survey.getId())) {
            return Optional.of(new HasResponses());
        }
        return Optional.empty();
    }

    private Survey find(long surveyId) {
        return surveys.findById(surveyId).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }
}
