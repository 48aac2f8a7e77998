package com.satisfaction.web.survey;

import com.satisfaction.core.survey.LocalizedText;
import com.satisfaction.core.survey.QuestionDefinition;
import com.satisfaction.core.survey.QuestionType;
import com.satisfaction.core.survey.Scale;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every setting of a question as the author types it. Bean Validation checks the shape (lengths of the
 * question table's columns, numbers that parse); {@link #check(QuestionType)} builds the core's
 * {@link QuestionDefinition} and puts each of its problems beside the field it concerns. Both run on every
 * submission, so the author sees every problem at once. Numbers are kept as text so that what the author
 * typed is shown again with the error.
 */
public record QuestionForm(
        @Size(max = 1000, message = "{editor.text.size}") String textZh,
        @Size(max = 1000, message = "{editor.text.size}") String textEn,
        Boolean required,
        Boolean scored,
        @Pattern(regexp = "\\s*(\\d{1,5}(\\.\\d{1,2})?)?\\s*", message = "{editor.points.pattern}") String points,
        Scale scale,
        @Size(max = 100, message = "{editor.label.size}") String lowLabelZh,
        @Size(max = 100, message = "{editor.label.size}") String lowLabelEn,
        @Size(max = 100, message = "{editor.label.size}") String highLabelZh,
        @Size(max = 100, message = "{editor.label.size}") String highLabelEn,
        @Pattern(regexp = "\\s*(-?\\d{1,4})?\\s*", message = "{editor.threshold.pattern}") String positiveThreshold,
        @Pattern(regexp = "\\s*(\\d{1,3}(\\.\\d{1,6})?)?\\s*", message = "{editor.weight.pattern}") String weight,
        @Pattern(regexp = "\\s*(\\d{1,6})?\\s*", message = "{editor.maxLength.pattern}") String maxLength,
        Boolean multipleChoice,
        @Size(max = 20000, message = "{editor.choices.size}") String choices) {

    /** Separates the Chinese and the English label on a line of the choices box. */
    static final String CHOICE_SEPARATOR = "|";
    /** Length of a choice label's column. */
    static final int CHOICE_LABEL_LENGTH = 200;

    private static final java.util.regex.Pattern PLAIN_DECIMAL = java.util.regex.Pattern.compile("-?\\d{1,9}(\\.\\d{1,9})?");
    private static final java.util.regex.Pattern PLAIN_INTEGER = java.util.regex.Pattern.compile("-?\\d{1,9}");

    /** The settings a new question of {@code type} starts with: those of the core's factories. */
    static QuestionForm blank(QuestionType type) {
        boolean numeric = type == QuestionType.RATING || type == QuestionType.CSAT;
        return new QuestionForm("", "", type != QuestionType.TEXT, type == QuestionType.LIKERT5,
                plain(QuestionDefinition.DEFAULT_POINTS), numeric ? Scale.ONE_TO_FIVE : null, "", "", "", "", "",
                type == QuestionType.EXPECTATION_PAIR ? "1" : "",
                type == QuestionType.TEXT ? String.valueOf(QuestionDefinition.DEFAULT_MAX_LENGTH) : "",
                false, "");
    }

    /** The form showing a stored question. */
    static QuestionForm of(QuestionDefinition question) {
        return new QuestionForm(question.text().zh(), question.text().en(), question.required(), question.scored(),
                plain(question.points()), question.scale(),
                question.lowLabel().zh(), question.lowLabel().en(), question.highLabel().zh(), question.highLabel().en(),
                question.positiveThreshold() == null ? "" : question.positiveThreshold().toString(),
                question.weight() == null ? "" : plain(question.weight()),
                question.maxLength() == null ? "" : question.maxLength().toString(),
                question.multipleChoice(),
                question.choices().stream().map(c -> c.zh() + " " + CHOICE_SEPARATOR + " " + c.en())
                        .collect(Collectors.joining("\n")));
    }

    /** The question these settings define, or what keeps them from defining one, field by field. */
    record Checked(QuestionDefinition definition, List<FieldProblem> problems) {

        boolean isValid() {
            return problems.isEmpty();
        }
    }

    /**
     * The core's verdict on these settings. A number that does not parse counts as blank here: Bean
     * Validation reports it.
     */
    Checked check(QuestionType type) {
        QuestionSettings settings = new QuestionSettings(type);
        List<FieldProblem> problems = new ArrayList<>();
        List<LocalizedText> options = settings.choices() ? parseChoices(problems) : List.of();
        boolean choiceLinesWrong = !problems.isEmpty();
        QuestionDefinition definition = new QuestionDefinition(type,
                LocalizedText.of(textZh, textEn),
                Boolean.TRUE.equals(required),
                settings.scoring() && Boolean.TRUE.equals(scored),
                settings.scoring() ? decimal(points) : null,
                settings.scale() ? scale : null,
                settings.labels() ? LocalizedText.of(lowLabelZh, lowLabelEn) : null,
                settings.labels() ? LocalizedText.of(highLabelZh, highLabelEn) : null,
                settings.threshold() ? integer(positiveThreshold) : null,
                settings.weight() ? decimal(weight) : null,
                settings.maxLength() ? integer(maxLength) : null,
                settings.choices() && Boolean.TRUE.equals(multipleChoice),
                options);
        for (var problem : definition.problems()) {
            for (FieldProblem fieldProblem : onFields(problem.code(), problem.args())) {
                if (!(choiceLinesWrong && "choices".equals(fieldProblem.field()))) {
                    problems.add(fieldProblem);
                }
            }
        }
        return new Checked(definition, List.copyOf(problems));
    }

    /** Puts a problem of {@link QuestionDefinition#problems()} beside the field it concerns. */
    private List<FieldProblem> onFields(String code, List<Object> args) {
        if (code.equals("question.text.required")) {
            List<FieldProblem> missing = new ArrayList<>();
            if (isBlank(textZh)) {
                missing.add(new FieldProblem("textZh", code, args));
            }
            if (isBlank(textEn)) {
                missing.add(new FieldProblem("textEn", code, args));
            }
            return missing;
        }
        String field = switch (code) {
            case "question.scale.notAllowed" -> "scale";
            case "question.threshold.outsideScale" -> "positiveThreshold";
            case "question.scored.unscaled" -> "scored";
            case "question.points.positive" -> "points";
            case "question.weight.required" -> "weight";
            case "question.maxLength.range" -> "maxLength";
            case "question.choices.required", "question.choices.text" -> "choices";
            default -> null;
        };
        return List.of(new FieldProblem(field, code, args));
    }

    /** One choice per line written {@code 中文 | English}; blank lines are skipped. */
    private List<LocalizedText> parseChoices(List<FieldProblem> problems) {
        List<LocalizedText> options = new ArrayList<>();
        String[] lines = (choices == null ? "" : choices).split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int separator = line.indexOf(CHOICE_SEPARATOR);
            boolean oneSeparator = separator >= 0 && line.indexOf(CHOICE_SEPARATOR, separator + 1) < 0;
            String zh = oneSeparator ? line.substring(0, separator).strip() : "";
            String en = oneSeparator ? line.substring(separator + 1).strip() : "";
            if (zh.isEmpty() || en.isEmpty()) {
                problems.add(FieldProblem.of("choices", "editor.choices.malformed", i + 1, line));
            } else if (zh.length() > CHOICE_LABEL_LENGTH || en.length() > CHOICE_LABEL_LENGTH) {
                problems.add(FieldProblem.of("choices", "editor.choices.tooLong", i + 1, CHOICE_LABEL_LENGTH));
            } else {
                options.add(LocalizedText.of(zh, en));
            }
        }
        return options;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** A plain decimal number; anything else (1e999999999 included) is left to Bean Validation. */
    private static BigDecimal decimal(String text) {
        return text != null && PLAIN_DECIMAL.matcher(text.strip()).matches() ? new BigDecimal(text.strip()) : null;
    }

    private static Integer integer(String text) {
        return text != null && PLAIN_INTEGER.matcher(text.strip()).matches() ? Integer.valueOf(text.strip()) : null;
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
