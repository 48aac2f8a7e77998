package com.satisfaction.persistence.campaign;

import com.satisfaction.core.period.Period;
import com.satisfaction.persistence.survey.Survey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/** One published survey sent for one period (e.g. 2026-H1) to a chosen set of contacts (SPEC §3). */
@Entity
@Table(name = "campaign")
public class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survey_id")
    private Survey survey;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 7)
    private String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CampaignStatus status = CampaignStatus.DRAFT;

    @Column(name = "target_response_rate", nullable = false, precision = 5, scale = 2)
    private BigDecimal targetResponseRate = BigDecimal.valueOf(70);

    @Column(name = "reminder_days")
    private Integer reminderDays;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "closes_at")
    private Instant closesAt;

    /** The key of the form that created it; a second post of that form finds this campaign. */
    @Column(name = "submission_key", length = 64, unique = true)
    private String submissionKey;

    @Column(name = "invitation_zh", length = 4000)
    private String invitationZh;

    @Column(name = "invitation_en", length = 4000)
    private String invitationEn;

    @Column(name = "reminder_zh", length = 4000)
    private String reminderZh;

    @Column(name = "reminder_en", length = 4000)
    private String reminderEn;

    protected Campaign() {
    }

    public Campaign(Survey survey, String name, Period period, Instant createdAt) {
        this.survey = survey;
        this.name = name;
        this.period = period.toString();
        this.createdAt = createdAt;
    }

    /** The mail texts (with placeholders {contact} {company} {link} {deadline}), reminder interval and target. */
    public void plan(String invitationZh, String invitationEn, String reminderZh, String reminderEn,
                     Integer reminderDays, BigDecimal targetResponseRate) {
        this.invitationZh = invitationZh;
        this.invitationEn = invitationEn;
        this.reminderZh = reminderZh;
        this.reminderEn = reminderEn;
        this.reminderDays = reminderDays;
        this.targetResponseRate = targetResponseRate;
    }

    /** Marks the campaign as made by the form with {@code key}. */
    public void createdBy(String key) {
        this.submissionKey = key;
    }

    public void open() {
        status = CampaignStatus.OPEN;
    }

    public void close() {
        status = CampaignStatus.CLOSED;
    }

    public void closeAt(Instant closesAt) {
        this.closesAt = closesAt;
    }

    /** Whether its links no longer accept answers: closed, or past its closing time. */
    public boolean isClosedAt(Instant now) {
        return status == CampaignStatus.CLOSED || (closesAt != null && !now.isBefore(closesAt));
    }

    public Long getId() {
        return id;
    }

    public Survey getSurvey() {
        return survey;
    }

    public String getName() {
        return name;
    }

    public Period period() {
        return Period.of(period);
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public BigDecimal getTargetResponseRate() {
        return targetResponseRate;
    }

    public Integer getReminderDays() {
        return reminderDays;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    /** The invitation text in {@code language} ("zh" or "en"). */
    public String invitation(String language) {
        return "en".equals(language) ? invitationEn : invitationZh;
    }

    /** The reminder text in {@code language} ("zh" or "en"). */
    public String reminder(String language) {
        return "en".equals(language) ? reminderEn : reminderZh;
    }
}
