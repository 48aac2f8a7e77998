package com.satisfaction.persistence.response;

import com.satisfaction.core.survey.Language;
import com.satisfaction.persistence.campaign.Campaign;
import com.satisfaction.persistence.survey.Survey;
import com.satisfaction.persistence.survey.SurveyStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/**
 * One personal survey link: the token in {@code /s/{token}}, the survey it opens, and the tracking of
 * that link (sent, opened, answered). A campaign's recipient belongs to a contact; a test link made from
 * a survey's page has no campaign and carries a label instead.
 */
@Entity
@Table(name = "recipient")
public class Recipient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 43)
    private String token;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survey_id")
    private Survey survey;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "contact_id")
    private Long contactId;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(length = 200)
    private String label;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "send_failed_at")
    private Instant sendFailedAt;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected Recipient() {
    }

    private Recipient(String token, Survey survey, Language language, Instant createdAt) {
        this.token = token;
        this.survey = survey;
        this.language = language.code();
        this.createdAt = createdAt;
    }

    /** A link a manager makes from a survey's page to try the survey or key in a paper questionnaire. */
    public static Recipient testLink(Survey survey, String label, Language language, String token, Instant now) {
        Recipient recipient = new Recipient(token, survey, language, now);
        recipient.label = label;
        return recipient;
    }

    void markAnswered(Instant now) {
        answeredAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getToken() {
        return token;
    }

    public Survey getSurvey() {
        return survey;
    }

    public Optional<Campaign> campaign() {
        return Optional.ofNullable(campaign);
    }

    public Language language() {
        return Language.fromCode(language);
    }

    public String getLabel() {
        return label;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getContactId() {
        return contactId;
    }

    public Instant getSendFailedAt() {
        return sendFailedAt;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    /**
     * A link is closed when its survey is not (or no longer) published — a draft may still change, an archived
     * survey takes no more answers — or when its campaign has closed.
     */
    public boolean isClosedAt(Instant now) {
        return survey.getStatus() != SurveyStatus.PUBLISHED
                || campaign().map(open -> open.isClosedAt(now)).orElse(false);
    }
}
