package com.satisfaction.core.action;

/** Why a survey answer deserves a follow-up: a low rating, or a suggestion the customer wrote. */
public enum AnswerConcern {

    /** NPS 0–6, LIKERT5 差/非常差, CSAT or CES below its positive threshold. */
    LOW_ANSWER(ActionSource.SURVEY_ANSWER),
    /** A free-text answer that is not blank. */
    SUGGESTION(ActionSource.SUGGESTION);

    private final ActionSource source;

    AnswerConcern(ActionSource source) {
        this.source = source;
    }

    /** The source an improvement action made from such an answer records. */
    public ActionSource source() {
        return source;
    }
}
