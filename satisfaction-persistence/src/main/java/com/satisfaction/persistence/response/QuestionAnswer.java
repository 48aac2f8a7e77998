package com.satisfaction.persistence.response;

import com.satisfaction.persistence.survey.Question;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.LinkedHashSet;
import java.util.Set;

/** The stored answer to one question: a value (and expected value), a text, or the chosen options. */
@Entity
@Table(name = "answer")
public class QuestionAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "response_id")
    private Response response;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id")
    private Question question;

    @Column(name = "numeric_value")
    private Integer numericValue;

    @Column(name = "expected_value")
    private Integer expectedValue;

    @Column(name = "text_value", length = 4000)
    private String textValue;

    @ElementCollection
    @CollectionTable(name = "answer_choice", joinColumns = @JoinColumn(name = "answer_id"))
    @Column(name = "choice_id", nullable = false)
    private Set<Long> choiceIds = new LinkedHashSet<>();

    protected QuestionAnswer() {
    }

    QuestionAnswer(Response response, Question question, Integer numericValue, Integer expectedValue,
                   String textValue, Set<Long> choiceIds) {
        this.response = response;
        this.question = question;
        this.numericValue = numericValue;
        this.expectedValue = expectedValue;
        this.textValue = textValue;
        this.choiceIds = new LinkedHashSet<>(choiceIds);
    }

    public Long getId() {
        return id;
    }

    public Question getQuestion() {
        return question;
    }

    public Integer getNumericValue() {
        return numericValue;
    }

    public Integer getExpectedValue() {
        return expectedValue;
    }

    public String getTextValue() {
        return textValue;
    }

    public Set<Long> getChoiceIds() {
        return Set.copyOf(choiceIds);
    }
}
