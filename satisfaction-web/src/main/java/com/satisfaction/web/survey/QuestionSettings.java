package com.satisfaction.web.survey;

import com.satisfaction.core.survey.QuestionType;
import com.satisfaction.core.survey.Scale;

import java.util.List;

/**
 * Which settings of SPEC §2 the question form offers for a type: scoring and points (types answered on a
 * scale; text and choices cannot be scored), a scale to choose (RATING, CSAT), end labels (RATING, CSAT,
 * NPS, CES: LIKERT5 has its own five labels and an expectation pair its own ends), a positive threshold
 * (CSAT, RATING, LIKERT5), a weight (EXPECTATION_PAIR), a length limit (TEXT) and options (CHOICE). The
 * type is chosen before the form opens, so the form shows only these; settings a type does not offer are
 * never stored, whatever the request holds.
 * Its methods are public for the template.
 */
record QuestionSettings(QuestionType type) {

    public boolean scoring() {
        return type.isScaled();
    }

    public boolean scale() {
        return type == QuestionType.RATING || type == QuestionType.CSAT;
    }

    /** The scales to choose from, shortest first. */
    public List<Scale> scales() {
        return type.allowedScales().stream().sorted().toList();
    }

    public boolean labels() {
        return type.isScaled() && type != QuestionType.LIKERT5 && type != QuestionType.EXPECTATION_PAIR;
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
