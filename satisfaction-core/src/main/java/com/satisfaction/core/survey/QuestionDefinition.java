package com.satisfaction.core.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One question of a survey as its author defines it (SPEC §2): type, text in both languages, whether it is
 * required and scored (with its points, default 10), and the settings of its type — scale and end labels,
 * CSAT positive threshold, EXPECTATION_PAIR weight, TEXT length limit, CHOICE options.
 * Build one with the named factories and the {@code with…} methods; {@link #problems()} lists what is wrong.
 */
public record QuestionDefinition(
        QuestionType type,
        LocalizedText text,
        boolean required,
        boolean scored,
        BigDecimal points,
        Scale scale,
        LocalizedText lowLabel,
        LocalizedText highLabel,
        Integer positiveThreshold,
        BigDecimal weight,
        Integer maxLength,
        boolean multipleChoice,
        List<LocalizedText> choices) {

    /** Points of a scored question unless the author sets others (SPEC §2). */
    public static final BigDecimal DEFAULT_POINTS = BigDecimal.TEN;
    /** Length limit of a free-text answer unless the author sets another. */
    public static final int DEFAULT_MAX_LENGTH = 1000;
    /** The longest free-text answer any question may allow. */
    public static final int LONGEST_MAX_LENGTH = 4000;

    public QuestionDefinition {
        Objects.requireNonNull(type, "type");
        text = text == null ? LocalizedText.EMPTY : text;
        points = points == null ? DEFAULT_POINTS : byValue(points);
        weight = weight == null ? null : byValue(weight);
        if (scale == null) {
            scale = type.fixedScale().orElse(null);
        }
        lowLabel = lowLabel == null ? LocalizedText.EMPTY : lowLabel;
        highLabel = highLabel == null ? LocalizedText.EMPTY : highLabel;
        if (type == QuestionType.TEXT && maxLength == null) {
            maxLength = DEFAULT_MAX_LENGTH;
        }
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    private static QuestionDefinition of(QuestionType type, LocalizedText text, Scale scale) {
        return new QuestionDefinition(type, text, true, false, null, scale, null, null, null, null, null, false, null);
    }

    /** Five labelled levels 非常好 … 非常差, scored with the default points (SPEC §2, §4.5). */
    public static QuestionDefinition likert5(LocalizedText text) {
        return of(QuestionType.LIKERT5, text, null).withScore(DEFAULT_POINTS);
    }

    /** A numeric rating on {@code scale} with end labels. */
    public static QuestionDefinition rating(LocalizedText text, Scale scale, LocalizedText low, LocalizedText high) {
        return of(QuestionType.RATING, text, scale).withLabels(low, high);
    }

    /** A rating whose answers feed the CSAT figure (SPEC §4.1). */
    public static QuestionDefinition csat(LocalizedText text, Scale scale, LocalizedText low, LocalizedText high) {
        return of(QuestionType.CSAT, text, scale).withLabels(low, high);
    }

    /** "How likely are you to recommend us", 0–10 (SPEC §4.2). */
    public static QuestionDefinition nps(LocalizedText text, LocalizedText low, LocalizedText high) {
        return of(QuestionType.NPS, text, null).withLabels(low, high);
    }

    /** "How easy was it", 1–7 (SPEC §4.3). */
    public static QuestionDefinition ces(LocalizedText text, LocalizedText low, LocalizedText high) {
        return of(QuestionType.CES, text, null).withLabels(low, high);
    }

    /** Expected and received for one indicator on 1–10, with the indicator's weight (SPEC §4.7). */
    public static QuestionDefinition expectationPair(LocalizedText text, BigDecimal weight) {
        return new QuestionDefinition(QuestionType.EXPECTATION_PAIR, text, true, false, null, null,
                null, null, null, weight, null, false, null);
    }

    /** Free text, optional, with the default length limit. */
    public static QuestionDefinition text(LocalizedText text) {
        return of(QuestionType.TEXT, text, null).withRequired(false);
    }

    /** Single choice among {@code choices}. */
    public static QuestionDefinition singleChoice(LocalizedText text, List<LocalizedText> choices) {
        return new QuestionDefinition(QuestionType.CHOICE, text, true, false, null, null,
                null, null, null, null, null, false, choices);
    }

    /** Any number of {@code choices}. */
    public static QuestionDefinition multipleChoice(LocalizedText text, List<LocalizedText> choices) {
        return new QuestionDefinition(QuestionType.CHOICE, text, true, false, null, null,
                null, null, null, null, null, true, choices);
    }

    public QuestionDefinition withRequired(boolean required) {
        return new QuestionDefinition(type, text, required, scored, points, scale, lowLabel, highLabel,
                positiveThreshold, weight, maxLength, multipleChoice, choices);
    }

    /** Counts toward the survey score with {@code points} (SPEC §4.5). */
    public QuestionDefinition withScore(BigDecimal points) {
        return new QuestionDefinition(type, text, required, true, points, scale, lowLabel, highLabel,
                positiveThreshold, weight, maxLength, multipleChoice, choices);
    }

    public QuestionDefinition withLabels(LocalizedText low, LocalizedText high) {
        return new QuestionDefinition(type, text, required, scored, points, scale, low, high,
                positiveThreshold, weight, maxLength, multipleChoice, choices);
    }

    public QuestionDefinition withPositiveThreshold(Integer threshold) {
        return new QuestionDefinition(type, text, required, scored, points, scale, lowLabel, highLabel,
                threshold, weight, maxLength, multipleChoice, choices);
    }

    public QuestionDefinition withMaxLength(Integer maxLength) {
        return new QuestionDefinition(type, text, required, scored, points, scale, lowLabel, highLabel,
                positiveThreshold, weight, maxLength, multipleChoice, choices);
    }

    /** The value from which an answer counts as positive: the author's threshold or the scale's default. */
    public int effectivePositiveThreshold() {
        if (scale == null) {
            throw new IllegalStateException("a " + type + " question has no scale");
        }
        return positiveThreshold != null ? positiveThreshold : scale.defaultPositiveThreshold();
    }

    /** What keeps this question from being asked; empty when it is complete and consistent. */
    public List<SurveyProblem> problems() {
        List<SurveyProblem> problems = new ArrayList<>();
        if (!text.isComplete()) {
            problems.add(problem("question.text.required"));
        }
        if (type.isScaled()) {
            if (scale == null || !type.allows(scale)) {
                problems.add(problem("question.scale.notAllowed"));
            } else if (positiveThreshold != null && !scale.contains(positiveThreshold)) {
                problems.add(problem("question.threshold.outsideScale", positiveThreshold, scale.min(), scale.max()));
            }
        }
        if (scored && !type.isScaled()) {
            problems.add(problem("question.scored.unscaled"));
        }
        if (points.signum() <= 0) {
            problems.add(problem("question.points.positive"));
        }
        if (type == QuestionType.EXPECTATION_PAIR && (weight == null || weight.signum() < 0)) {
            problems.add(problem("question.weight.required"));
        }
        if (type == QuestionType.TEXT && (maxLength < 1 || maxLength > LONGEST_MAX_LENGTH)) {
            problems.add(problem("question.maxLength.range", 1, LONGEST_MAX_LENGTH));
        }
        if (type == QuestionType.CHOICE) {
            if (choices.size() < 2) {
                problems.add(problem("question.choices.required"));
            } else if (choices.stream().anyMatch(choice -> !choice.isComplete())) {
                problems.add(problem("question.choices.text"));
            }
        }
        return List.copyOf(problems);
    }

    /** 10, 10.0 and 10.00 are the same number of points: keep the shortest form so definitions compare by value. */
    private static BigDecimal byValue(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static SurveyProblem problem(String code, Object... args) {
        return SurveyProblem.ofQuestion(code, -1, -1, args);
    }
}
