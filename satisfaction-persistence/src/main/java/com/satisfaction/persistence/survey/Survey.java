package com.satisfaction.persistence.survey;

import com.satisfaction.core.survey.LocalizedText;
import com.satisfaction.core.survey.QuestionDefinition;
import com.satisfaction.core.survey.SectionDefinition;
import com.satisfaction.core.survey.SurveyDefinition;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A questionnaire. Only a DRAFT may change; publishing freezes it so that answers always match the
 * questions asked (SPEC §2) — to change a published survey, copy it as a new draft.
 */
@Entity
@Table(name = "survey")
public class Survey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "title_zh", nullable = false, length = 200)
    private String titleZh;

    @Column(name = "title_en", nullable = false, length = 200)
    private String titleEn;

    @Column(name = "intro_zh", length = 4000)
    private String introZh;

    @Column(name = "intro_en", length = 4000)
    private String introEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SurveyStatus status = SurveyStatus.DRAFT;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "survey", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SurveySection> sections = new ArrayList<>();

    protected Survey() {
    }

    /** A new draft holding {@code definition}. */
    public static Survey draftOf(SurveyDefinition definition, Instant now) {
        Survey survey = new Survey();
        survey.createdAt = now;
        survey.describe(definition.title(), definition.intro());
        definition.sections().forEach(survey::addSection);
        return survey;
    }

    public SurveyDefinition toDefinition() {
        return new SurveyDefinition(title(), intro(), sections.stream().map(SurveySection::toDefinition).toList());
    }

    public void describe(LocalizedText title, LocalizedText intro) {
        requireDraft();
        titleZh = title.zh();
        titleEn = title.en();
        introZh = intro.zh();
        introEn = intro.en();
    }

    public SurveySection addSection(SectionDefinition definition) {
        requireDraft();
        SurveySection section = new SurveySection(this, sections.size(), definition);
        sections.add(section);
        return section;
    }

    public void retitleSection(SurveySection section, LocalizedText title) {
        requireDraft();
        section.retitle(title);
    }

    public Question addQuestion(SurveySection section, QuestionDefinition definition) {
        requireDraft();
        return section.addQuestion(definition);
    }

    public void redefineQuestion(Question question, QuestionDefinition definition) {
        requireDraft();
        question.define(definition);
    }

    public void removeSection(SurveySection section) {
        requireDraft();
        sections.remove(section);
        renumber();
    }

    public void moveSection(SurveySection section, int step) {
        requireDraft();
        Reorder.move(sections, section, step);
        renumber();
    }

    public void removeQuestion(Question question) {
        requireDraft();
        question.getSection().removeQuestion(question);
    }

    public void moveQuestion(Question question, int step) {
        requireDraft();
        question.getSection().moveQuestion(question, step);
    }

    /** Freezes the questions; call only when {@code toDefinition().problems()} is empty. */
    public void publish(Instant now) {
        requireDraft();
        status = SurveyStatus.PUBLISHED;
        publishedAt = now;
    }

    /** Hides the survey from new campaigns; its links and answers stay. */
    public void archive() {
        if (status == SurveyStatus.DRAFT) {
            throw new IllegalStateException("a draft is deleted or published, not archived");
        }
        status = SurveyStatus.ARCHIVED;
    }

    public Optional<SurveySection> section(long sectionId) {
        return sections.stream().filter(s -> s.getId() != null && s.getId() == sectionId).findFirst();
    }

    public Optional<Question> question(long questionId) {
        return sections.stream().flatMap(s -> s.question(questionId).stream()).findFirst();
    }

    public List<Question> questions() {
        return sections.stream().flatMap(s -> s.getQuestions().stream()).toList();
    }

    private void renumber() {
        for (int i = 0; i < sections.size(); i++) {
            sections.get(i).setPosition(i);
        }
    }

    /** Changing a question of a non-draft would make stored answers lie about what was asked. */
    void requireDraft() {
        if (status != SurveyStatus.DRAFT) {
            throw new IllegalStateException("survey " + id + " is " + status + "; only a draft can change");
        }
    }

    public boolean isDraft() {
        return status == SurveyStatus.DRAFT;
    }

    public Long getId() {
        return id;
    }

    public SurveyStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public LocalizedText title() {
        return LocalizedText.of(titleZh, titleEn);
    }

    public LocalizedText intro() {
        return LocalizedText.of(introZh, introEn);
    }

    public List<SurveySection> getSections() {
        return List.copyOf(sections);
    }
}
