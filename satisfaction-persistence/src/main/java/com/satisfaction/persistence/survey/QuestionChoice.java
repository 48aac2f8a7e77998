package com.satisfaction.persistence.survey;

import com.satisfaction.core.survey.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One option of a CHOICE question. */
@Entity
@Table(name = "question_choice")
public class QuestionChoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id")
    private Question question;

    @Column(nullable = false)
    private int position;

    @Column(name = "label_zh", nullable = false, length = 200)
    private String labelZh;

    @Column(name = "label_en", nullable = false, length = 200)
    private String labelEn;

    protected QuestionChoice() {
    }

    QuestionChoice(Question question, int position, LocalizedText label) {
        this.question = question;
        this.position = position;
        this.labelZh = label.zh();
        this.labelEn = label.en();
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public LocalizedText label() {
        return LocalizedText.of(labelZh, labelEn);
    }
}
