package com.satisfaction.persistence.survey;

import com.satisfaction.core.survey.LocalizedText;
import com.satisfaction.core.survey.QuestionDefinition;
import com.satisfaction.core.survey.SectionDefinition;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A titled, ordered group of questions within a survey. */
@Entity
@Table(name = "survey_section")
public class SurveySection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survey_id")
    private Survey survey;

    @Column(nullable = false)
    private int position;

    @Column(name = "title_zh", nullable = false, length = 200)
    private String titleZh;

    @Column(name = "title_en", nullable = false, length = 200)
    private String titleEn;

    @OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Question> questions = new ArrayList<>();

    protected SurveySection() {
    }

    SurveySection(Survey survey, int position, SectionDefinition definition) {
        this.survey = survey;
        this.position = position;
        retitle(definition.title());
        definition.questions().forEach(this::addQuestion);
    }

    void retitle(LocalizedText title) {
        this.titleZh = title.zh();
        this.titleEn = title.en();
    }

    Question addQuestion(QuestionDefinition definition) {
        Question question = new Question(this, questions.size(), definition);
        questions.add(question);
        return question;
    }

    public Optional<Question> question(long questionId) {
        return questions.stream().filter(q -> q.getId() != null && q.getId() == questionId).findFirst();
    }

    void removeQuestion(Question question) {
        questions.remove(question);
        renumber();
    }

    /** Moves a question one place up ({@code -1}) or down ({@code +1}); a move past either end does nothing. */
    void moveQuestion(Question question, int step) {
        Reorder.move(questions, question, step);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < questions.size(); i++) {
            questions.get(i).setPosition(i);
        }
    }

    public SectionDefinition toDefinition() {
        return new SectionDefinition(title(), questions.stream().map(Question::toDefinition).toList());
    }

    public Long getId() {
        return id;
    }

    public Survey getSurvey() {
        return survey;
    }

    public int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    public LocalizedText title() {
        return LocalizedText.of(titleZh, titleEn);
    }

    public List<Question> getQuestions() {
        return List.copyOf(questions);
    }
}
