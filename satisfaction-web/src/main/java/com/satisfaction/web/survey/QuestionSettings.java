package com.satisfaction.web.survey;

import com.satisfaction.core.survey.QuestionType;
import com.satisfaction.core.survey.Scale;

import java.util.List;

/**
 * Which settings of SPEC §2 the question form offers for a type: a scale to choose (RATING, CSAT), end
 * labels (numeric scales; LIKERT5 has its own five labels), a positive threshold (CSAT, RATING, LIKERT5),
 * a weight (EXPECTATION_PAIR), a length limit (TEXT) and options (CHOICE). Settings a type does not
 * offer are never stored, whatever the request holds.
 * Its methods are public for the template.
 */
record QuestionSettings(QuestionType type) {

    public boolean scale() {
        return type == QuestionType.RATING || type == QuestionType.CSAT;
    }

    /** The scales to choose from, shortest first. */
    public List<Scale> scales() {
        return type.allowedScales().stream().sorted().toList();
    }

    public boolean labels() {
        return type.isScaled() && type != QuestionType.LIKERT5;
    }

    public boolean threshold() {
        return type == QuestionType.CSAT || type == QuestionType.RATING || type == QuestionType.LIKERT5;
    }

    public boolean weight() {
        return type == QuestionType.EXPECTATION_PAIR;
    }

    public boolean maxLength() {
        return type == QuestionType.TEXT;
    }

    public boolean choices() {
        return type == QuestionType.CHOICE;
    }
}
