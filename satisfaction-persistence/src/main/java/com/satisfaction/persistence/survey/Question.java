package com.satisfaction.persistence.survey;

import com.satisfaction.core.survey.LocalizedText;
import com.satisfaction.core.survey.QuestionDefinition;
import com.satisfaction.core.survey.QuestionType;
import com.satisfaction.core.survey.Scale;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** One stored question; its settings mirror {@link QuestionDefinition}, which it converts to and from. */
@Entity
@Table(name = "question")
public class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id")
    private SurveySection section;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private QuestionType type;

    @Column(name = "text_zh", nullable = false, length = 1000)
    private String textZh;

    @Column(name = "text_en", nullable = false, length = 1000)
    private String textEn;

    @Column(nullable = false)
    private boolean required;

    @Column(nullable = false)
    private boolean scored;

    @Column(nullable = false, precision = 7, scale = 2)
    private BigDecimal points;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Scale scale;

    @Column(name = "low_label_zh", length = 100)
    private String lowLabelZh;

    @Column(name = "low_label_en", length = 100)
    private String lowLabelEn;

    @Column(name = "high_label_zh", length = 100)
    private String highLabelZh;

    @Column(name = "high_label_en", length = 100)
    private String highLabelEn;

    @Column(name = "positive_threshold")
    private Integer positiveThreshold;

    @Column(precision = 9, scale = 6)
    private BigDecimal weight;

    @Column(name = "max_length")
    private Integer maxLength;

    @Column(name = "multiple_choice", nullable = false)
    private boolean multipleChoice;

    @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<QuestionChoice> choices = new ArrayList<>();

    protected Question() {
    }

    Question(SurveySection section, int position, QuestionDefinition definition) {
        this.section = section;
        this.position = position;
        define(definition);
    }

    /** Replaces every setting with those of {@code definition} (a draft's question being edited). */
    void define(QuestionDefinition definition) {
        type = definition.type();
        textZh = definition.text().zh();
        textEn = definition.text().en();
        required = definition.required();
        scored = definition.scored();
        points = definition.points();
        scale = definition.scale();
        lowLabelZh = nullIfEmpty(definition.lowLabel().zh());
        lowLabelEn = nullIfEmpty(definition.lowLabel().en());
        highLabelZh = nullIfEmpty(definition.highLabel().zh());
        highLabelEn = nullIfEmpty(definition.highLabel().en());
        positiveThreshold = definition.positiveThreshold();
        weight = definition.weight();
        maxLength = definition.maxLength();
        multipleChoice = definition.multipleChoice();
        choices.clear();
        for (LocalizedText label : definition.choices()) {
            choices.add(new QuestionChoice(this, choices.size(), label));
        }
    }

    public QuestionDefinition toDefinition() {
        return new QuestionDefinition(type, LocalizedText.of(textZh, textEn), required, scored, points, scale,
                LocalizedText.of(lowLabelZh, lowLabelEn), LocalizedText.of(highLabelZh, highLabelEn),
                positiveThreshold, weight, maxLength, multipleChoice,
                choices.stream().map(QuestionChoice::label).toList());
    }

    public Long getId() {
        return id;
    }

    public SurveySection getSection() {
        return section;
    }

    public int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    public QuestionType getType() {
        return type;
    }

    public List<QuestionChoice> getChoices() {
        return List.copyOf(choices);
    }

    private static String nullIfEmpty(String text) {
        return text.isEmpty() ? null : text;
    }
}
