package com.satisfaction.core.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuestionDefinitionTest {

    static final LocalizedText TEXT = LocalizedText.of("服务态度", "Service attitude");
    static final LocalizedText LOW = LocalizedText.of("低", "Low");
    static final LocalizedText HIGH = LocalizedText.of("高", "High");
    static final List<LocalizedText> TWO_CHOICES = List.of(LocalizedText.of("是", "Yes"), LocalizedText.of("否", "No"));

    static List<String> codes(QuestionDefinition question) {
        return question.problems().stream().map(SurveyProblem::code).toList();
    }

    @Nested
    class The_factories {

        @Test
        void make_a_likert5_item_required_and_scored_with_ten_points_on_five_levels() {
            QuestionDefinition item = QuestionDefinition.likert5(TEXT);

            assertThat(item.type()).isEqualTo(QuestionType.LIKERT5);
            assertThat(item.scale()).isEqualTo(Scale.LIKERT5);
            assertThat(item.required()).isTrue();
            assertThat(item.scored()).isTrue();
            assertThat(item.points()).isEqualByComparingTo("10");
            assertThat(item.problems()).isEmpty();
        }

        @Test
        void make_a_rating_on_the_chosen_scale_with_its_labels_unscored() {
            QuestionDefinition rating = QuestionDefinition.rating(TEXT, Scale.ONE_TO_TEN, LOW, HIGH);

            assertThat(rating.type()).isEqualTo(QuestionType.RATING);
            assertThat(rating.scale()).isEqualTo(Scale.ONE_TO_TEN);
            assertThat(rating.lowLabel()).isEqualTo(LOW);
            assertThat(rating.highLabel()).isEqualTo(HIGH);
            assertThat(rating.required()).isTrue();
            assertThat(rating.scored()).isFalse();
            assertThat(rating.points()).isEqualByComparingTo(QuestionDefinition.DEFAULT_POINTS);
            assertThat(rating.problems()).isEmpty();
        }

        @Test
        void make_a_csat_question_on_the_chosen_scale() {
            QuestionDefinition csat = QuestionDefinition.csat(TEXT, Scale.ONE_TO_SEVEN, LOW, HIGH);

            assertThat(csat.type()).isEqualTo(QuestionType.CSAT);
            assertThat(csat.scale()).isEqualTo(Scale.ONE_TO_SEVEN);
            assertThat(csat.lowLabel()).isEqualTo(LOW);
            assertThat(csat.problems()).isEmpty();
        }

        @Test
        void put_nps_on_zero_to_ten_and_ces_on_one_to_seven() {
            QuestionDefinition nps = QuestionDefinition.nps(TEXT, LOW, HIGH);
            QuestionDefinition ces = QuestionDefinition.ces(TEXT, LOW, HIGH);

            assertThat(nps.type()).isEqualTo(QuestionType.NPS);
            assertThat(nps.scale()).isEqualTo(Scale.ZERO_TO_TEN);
            assertThat(nps.highLabel()).isEqualTo(HIGH);
            assertThat(ces.type()).isEqualTo(QuestionType.CES);
            assertThat(ces.scale()).isEqualTo(Scale.ONE_TO_SEVEN);
            assertThat(ces.lowLabel()).isEqualTo(LOW);
            assertThat(nps.problems()).isEmpty();
            assertThat(ces.problems()).isEmpty();
        }

        @Test
        void put_an_expectation_pair_on_one_to_ten_with_its_weight() {
            QuestionDefinition pair = QuestionDefinition.expectationPair(TEXT, new BigDecimal("0.4"));

            assertThat(pair.type()).isEqualTo(QuestionType.EXPECTATION_PAIR);
            assertThat(pair.scale()).isEqualTo(Scale.ONE_TO_TEN);
            assertThat(pair.weight()).isEqualByComparingTo("0.4");
            assertThat(pair.required()).isTrue();
            assertThat(pair.scored()).isFalse();
            assertThat(pair.problems()).isEmpty();
        }

        @Test
        void make_a_text_optional_with_the_default_length_limit_and_no_scale() {
            QuestionDefinition text = QuestionDefinition.text(TEXT);

            assertThat(text.type()).isEqualTo(QuestionType.TEXT);
            assertThat(text.required()).isFalse();
            assertThat(text.scored()).isFalse();
            assertThat(text.scale()).isNull();
            assertThat(text.maxLength()).isEqualTo(QuestionDefinition.DEFAULT_MAX_LENGTH);
            assertThat(text.problems()).isEmpty();
        }

        @Test
        void make_a_single_or_a_multiple_choice_with_its_options() {
            QuestionDefinition single = QuestionDefinition.singleChoice(TEXT, TWO_CHOICES);
            QuestionDefinition multiple = QuestionDefinition.multipleChoice(TEXT, TWO_CHOICES);

            assertThat(single.type()).isEqualTo(QuestionType.CHOICE);
            assertThat(single.multipleChoice()).isFalse();
            assertThat(single.choices()).isEqualTo(TWO_CHOICES);
            assertThat(multiple.type()).isEqualTo(QuestionType.CHOICE);
            assertThat(multiple.multipleChoice()).isTrue();
            assertThat(single.problems()).isEmpty();
            assertThat(multiple.problems()).isEmpty();
        }
    }

    @Nested
    class The_constructor {

        @Test
        void requires_a_type() {
            assertThatNullPointerException().isThrownBy(() -> new QuestionDefinition(null, TEXT, true, false, null,
                    null, null, null, null, null, null, false, null));
        }

        @Test
        void fills_what_is_left_out_with_empty_texts_default_points_and_no_choices() {
            QuestionDefinition question = new QuestionDefinition(QuestionType.RATING, null, true, false, null,
                    Scale.ONE_TO_FIVE, null, null, null, null, null, false, null);

            assertThat(question.text()).isEqualTo(LocalizedText.EMPTY);
            assertThat(question.lowLabel()).isEqualTo(LocalizedText.EMPTY);
            assertThat(question.highLabel()).isEqualTo(LocalizedText.EMPTY);
            assertThat(question.points()).isEqualByComparingTo(QuestionDefinition.DEFAULT_POINTS);
            assertThat(question.maxLength()).isNull();
            assertThat(question.choices()).isEmpty();
        }

        @Test
        void compares_points_and_weights_by_value_as_a_database_returns_them() {
            QuestionDefinition asDefined = QuestionDefinition.expectationPair(TEXT, new java.math.BigDecimal("0.25"))
                    .withScore(java.math.BigDecimal.TEN);
            QuestionDefinition asStored = QuestionDefinition.expectationPair(TEXT, new java.math.BigDecimal("0.250000"))
                    .withScore(new java.math.BigDecimal("10.00"));

            assertThat(asStored).isEqualTo(asDefined);
            assertThat(asStored.points()).hasToString("10");
            assertThat(asStored.weight()).hasToString("0.25");
        }

        @Test
        void keeps_a_copy_of_the_choices() {
            List<LocalizedText> choices = new java.util.ArrayList<>(TWO_CHOICES);
            QuestionDefinition question = QuestionDefinition.singleChoice(TEXT, choices);

            choices.clear();

            assertThat(question.choices()).hasSize(2);
        }
    }

    @Nested
    class The_withers {

        private final QuestionDefinition rating = QuestionDefinition.rating(TEXT, Scale.ONE_TO_FIVE, LOW, HIGH);

        @Test
        void change_whether_it_is_required() {
            assertThat(rating.withRequired(false).required()).isFalse();
            assertThat(rating.withRequired(false).withRequired(true).required()).isTrue();
        }

        @Test
        void score_it_with_the_given_points() {
            QuestionDefinition scored = rating.withScore(new BigDecimal("20"));

            assertThat(scored.scored()).isTrue();
            assertThat(scored.points()).isEqualByComparingTo("20");
        }

        @Test
        void score_it_with_the_default_points_when_none_are_given() {
            assertThat(rating.withScore(null).points()).isEqualByComparingTo(QuestionDefinition.DEFAULT_POINTS);
        }

        @Test
        void change_the_labels_the_threshold_and_the_length_limit() {
            QuestionDefinition changed = rating.withLabels(HIGH, LOW).withPositiveThreshold(3);
            QuestionDefinition text = QuestionDefinition.text(TEXT).withMaxLength(2000);

            assertThat(changed.lowLabel()).isEqualTo(HIGH);
            assertThat(changed.highLabel()).isEqualTo(LOW);
            assertThat(changed.positiveThreshold()).isEqualTo(3);
            assertThat(text.maxLength()).isEqualTo(2000);
        }

        @Test
        void give_a_text_the_default_length_limit_back_when_the_limit_is_removed() {
            assertThat(QuestionDefinition.text(TEXT).withMaxLength(2000).withMaxLength(null).maxLength())
                    .isEqualTo(QuestionDefinition.DEFAULT_MAX_LENGTH);
        }

        @Test
        void leave_everything_else_as_it_was() {
            QuestionDefinition changed = rating.withRequired(false).withScore(BigDecimal.ONE).withPositiveThreshold(5)
                    .withLabels(LOW, HIGH).withMaxLength(10);

            assertThat(changed).isEqualTo(new QuestionDefinition(QuestionType.RATING, TEXT, false, true,
                    BigDecimal.ONE, Scale.ONE_TO_FIVE, LOW, HIGH, 5, null, 10, false, List.of()));
        }
    }

    @Nested
    class The_positive_threshold {

        @Test
        void is_the_scales_default_unless_the_author_sets_one() {
            QuestionDefinition csat = QuestionDefinition.csat(TEXT, Scale.ONE_TO_FIVE, LOW, HIGH);

            assertThat(csat.effectivePositiveThreshold()).isEqualTo(4);
            assertThat(csat.withPositiveThreshold(5).effectivePositiveThreshold()).isEqualTo(5);
            assertThat(QuestionDefinition.nps(TEXT, LOW, HIGH).effectivePositiveThreshold()).isEqualTo(9);
        }

        @Test
        void does_not_exist_for_a_question_without_a_scale() {
            assertThatIllegalStateException()
                    .isThrownBy(() -> QuestionDefinition.text(TEXT).effectivePositiveThreshold())
                    .withMessageContaining("TEXT");
        }
    }

    @Nested
    class Its_problems {

        @Test
        void include_a_text_missing_in_one_language() {
            QuestionDefinition question = QuestionDefinition.likert5(LocalizedText.of("服务态度", " "));

            assertThat(question.problems()).containsExactly(
                    new SurveyProblem("question.text.required", -1, -1, List.of()));
        }

        @Test
        void include_a_rating_without_a_scale() {
            assertThat(codes(QuestionDefinition.rating(TEXT, null, LOW, HIGH)))
                    .containsExactly("question.scale.notAllowed");
        }

        @Test
        void include_a_scale_the_type_may_not_use() {
            assertThat(codes(QuestionDefinition.csat(TEXT, Scale.ZERO_TO_TEN, LOW, HIGH)))
                    .containsExactly("question.scale.notAllowed");
            assertThat(codes(QuestionDefinition.rating(TEXT, Scale.LIKERT5, LOW, HIGH)))
                    .containsExactly("question.scale.notAllowed");
        }

        @Test
        void include_a_threshold_outside_the_scale_with_the_scales_range() {
            QuestionDefinition csat = QuestionDefinition.csat(TEXT, Scale.ONE_TO_FIVE, LOW, HIGH)
                    .withPositiveThreshold(6);

            assertThat(csat.problems()).containsExactly(
                    new SurveyProblem("question.threshold.outsideScale", -1, -1, List.of(6, 1, 5)));
        }

        @Test
        void accept_a_threshold_at_either_end_of_the_scale() {
            QuestionDefinition csat = QuestionDefinition.csat(TEXT, Scale.ONE_TO_FIVE, LOW, HIGH);

            assertThat(csat.withPositiveThreshold(1).problems()).isEmpty();
            assertThat(csat.withPositiveThreshold(5).problems()).isEmpty();
            assertThat(codes(csat.withPositiveThreshold(0))).containsExactly("question.threshold.outsideScale");
        }

        @Test
        void include_a_scored_question_without_a_scale() {
            assertThat(codes(QuestionDefinition.text(TEXT).withScore(BigDecimal.TEN)))
                    .containsExactly("question.scored.unscaled");
            assertThat(codes(QuestionDefinition.singleChoice(TEXT, TWO_CHOICES).withScore(BigDecimal.TEN)))
                    .containsExactly("question.scored.unscaled");
        }

        @Test
        void include_zero_or_negative_points() {
            assertThat(codes(QuestionDefinition.likert5(TEXT).withScore(BigDecimal.ZERO)))
                    .containsExactly("question.points.positive");
            assertThat(codes(QuestionDefinition.likert5(TEXT).withScore(new BigDecimal("-1"))))
                    .containsExactly("question.points.positive");
            assertThat(QuestionDefinition.likert5(TEXT).withScore(new BigDecimal("0.5")).problems()).isEmpty();
        }

        @Test
        void include_an_expectation_pair_without_a_weight_or_with_a_negative_one() {
            assertThat(codes(QuestionDefinition.expectationPair(TEXT, null)))
                    .containsExactly("question.weight.required");
            assertThat(codes(QuestionDefinition.expectationPair(TEXT, new BigDecimal("-0.1"))))
                    .containsExactly("question.weight.required");
        }

        @Test
        void accept_an_expectation_pair_weighing_zero_on_its_own() {
            assertThat(QuestionDefinition.expectationPair(TEXT, BigDecimal.ZERO).problems()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(ints = {0, -1, QuestionDefinition.LONGEST_MAX_LENGTH + 1})
        void include_a_text_length_limit_outside_one_to_the_longest(int maxLength) {
            assertThat(QuestionDefinition.text(TEXT).withMaxLength(maxLength).problems()).containsExactly(
                    new SurveyProblem("question.maxLength.range", -1, -1,
                            List.of(1, QuestionDefinition.LONGEST_MAX_LENGTH)));
        }

        @ParameterizedTest
        @ValueSource(ints = {1, QuestionDefinition.LONGEST_MAX_LENGTH})
        void accept_a_text_length_limit_at_either_end_of_the_range(int maxLength) {
            assertThat(QuestionDefinition.text(TEXT).withMaxLength(maxLength).problems()).isEmpty();
        }

        @Test
        void include_a_choice_with_fewer_than_two_options() {
            assertThat(codes(QuestionDefinition.singleChoice(TEXT, List.of())))
                    .containsExactly("question.choices.required");
            assertThat(codes(QuestionDefinition.multipleChoice(TEXT, List.of(LocalizedText.of("是", "Yes")))))
                    .containsExactly("question.choices.required");
        }

        @Test
        void include_an_option_missing_in_one_language() {
            List<LocalizedText> choices = List.of(LocalizedText.of("是", "Yes"), LocalizedText.of("否", ""));

            assertThat(codes(QuestionDefinition.singleChoice(TEXT, choices))).containsExactly("question.choices.text");
        }

        @Test
        void list_every_problem_of_a_question_at_once() {
            QuestionDefinition question = QuestionDefinition.text(LocalizedText.EMPTY)
                    .withScore(BigDecimal.ZERO).withMaxLength(0);

            assertThat(codes(question)).containsExactlyInAnyOrder("question.text.required",
                    "question.scored.unscaled", "question.points.positive", "question.maxLength.range");
        }

        @Test
        void are_positioned_nowhere_until_the_survey_places_them() {
            assertThat(QuestionDefinition.rating(LocalizedText.EMPTY, null, LOW, HIGH).problems())
                    .allSatisfy(problem -> {
                        assertThat(problem.section()).isEqualTo(-1);
                        assertThat(problem.question()).isEqualTo(-1);
                    });
        }
    }
}
