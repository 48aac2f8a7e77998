package com.satisfaction.persistence.response;

import com.satisfaction.core.scoring.SurveyScore;
import com.satisfaction.core.survey.Answer;
import com.satisfaction.core.survey.Language;
import com.satisfaction.persistence.survey.Question;
import com.satisfaction.persistence.survey.Survey;
import com.satisfaction.persistence.user.UserAccount;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one complete response a personal link accepts (the database holds it to one per recipient),
 * with its answers and its survey score (SPEC §4.5), stored so that aggregations need not recompute it.
 */
@Entity
@Table(name = "response")
public class Response {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id", unique = true)
    private Recipient recipient;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survey_id")
    private Survey survey;

    /** Copied from the link when stored, so campaign and period figures need not go through it; null for test links. */
    @Column(name = "campaign_id")
    private Long campaignId;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(length = 7)
    private String period;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(nullable = false, length = 5)
    private String language;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "entered_by")
    private UserAccount enteredBy;

    /** The survey score's points earned and possible in whole units of 1/7000 point; null without a scored answer. */
    @Column(name = "earned_units")
    private Long earnedUnits;

    @Column(name = "possible_units")
    private Long possibleUnits;

    @OneToMany(mappedBy = "response", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<QuestionAnswer> answers = new ArrayList<>();

    protected Response() {
    }

    /**
     * A response to {@code recipient}'s link, marking the link answered. {@code enteredBy} is the manager
     * who keyed in a paper, fax or phone questionnaire; null when the customer answered online.
     */
    public Response(Recipient recipient, Language language, UserAccount enteredBy, Instant now) {
        this.recipient = recipient;
        this.survey = recipient.getSurvey();
        this.language = language.code();
        this.enteredBy = enteredBy;
        this.submittedAt = now;
        recipient.campaign().ifPresent(campaign -> {
            this.campaignId = campaign.getId();
            this.period = campaign.period().toString();
        });
        this.customerId = recipient.getCustomerId();
        recipient.markAnswered(now);
    }

    public void add(Question question, Answer answer) {
        Set<Long> choiceIds = answer.choices().stream()
                .map(position -> question.getChoices().get(position).getId())
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        answers.add(new QuestionAnswer(this, question, answer.value(), answer.expected(), answer.text(), choiceIds));
    }

    public void scoreAs(SurveyScore score) {
        this.earnedUnits = score.earnedUnits();
        this.possibleUnits = score.possibleUnits();
    }

    public Long getId() {
        return id;
    }

    public Recipient getRecipient() {
        return recipient;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Language language() {
        return Language.fromCode(language);
    }

    public Optional<UserAccount> enteredBy() {
        return Optional.ofNullable(enteredBy);
    }

    /** The exact survey score (SPEC §4.5); empty when no scored question was answered. */
    public Optional<SurveyScore> surveyScore() {
        return possibleUnits == null ? Optional.empty() : Optional.of(SurveyScore.ofUnits(earnedUnits, possibleUnits));
    }

    public List<QuestionAnswer> getAnswers() {
        return List.copyOf(answers);
    }
}
