package com.satisfaction.core.action;

import com.satisfaction.core.survey.Answer;
import com.satisfaction.core.survey.LocalizedText;
import com.satisfaction.core.survey.QuestionDefinition;
import com.satisfaction.core.survey.Scale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LowAnswersTest {

    private static final LocalizedText TEXT = LocalizedText.of("题目", "Question");
    private static final QuestionDefinition NPS = QuestionDefinition.nps(TEXT, TEXT, TEXT);
    private static final QuestionDefinition LIKERT5 = QuestionDefinition.likert5(TEXT);
    private static final QuestionDefinition CES = QuestionDefinition.ces(TEXT, TEXT, TEXT);
    private static final QuestionDefinition SUGGESTIONS = QuestionDefinition.text(TEXT);

    private static QuestionDefinition csat(Scale scale) {
        return QuestionDefinition.csat(TEXT, scale, TEXT, TEXT);
    }

    @Nested
    class Nps_detractors {

        @ParameterizedTest
        @ValueSource(ints = {0, 1, 5, 6})
        void zero_to_six_is_low(int value) {
            assertThat(LowAnswers.concernOf(NPS, Answer.value(value))).contains(AnswerConcern.LOW_ANSWER);
        }

        @ParameterizedTest
        @ValueSource(ints = {7, 8, 9, 10})
        void passives_and_promoters_are_not(int value) {
            assertThat(LowAnswers.concernOf(NPS, Answer.value(value))).isEmpty();
        }
    }

    @Nested
    class Likert5 {

        @ParameterizedTest
        @CsvSource({"1, true", "2, true", "3, false", "4, false", "5, false"})
        void only_poor_and_very_poor_are_low(int value, boolean low) {
            assertThat(LowAnswers.isLow(LIKERT5, Answer.value(value))).isEqualTo(low);
        }
    }

    @Nested
    class Csat_below_its_threshold {

        @ParameterizedTest
        @CsvSource({"ONE_TO_FIVE, 3, true", "ONE_TO_FIVE, 4, false", "ONE_TO_SEVEN, 4, true", "ONE_TO_SEVEN, 5, false",
                "ONE_TO_TEN, 7, true", "ONE_TO_TEN, 8, false", "ONE_TO_TEN, 1, true"})
        void the_scales_default_threshold_applies(Scale scale, int value, boolean low) {
            assertThat(LowAnswers.isLow(csat(scale), Answer.value(value))).isEqualTo(low);
        }

        @Test
        void a_threshold_of_the_question_replaces_the_default() {
            QuestionDefinition strict = csat(Scale.ONE_TO_FIVE).withPositiveThreshold(5);
            assertThat(LowAnswers.isLow(strict, Answer.value(4))).isTrue();
            assertThat(LowAnswers.isLow(strict, Answer.value(5))).isFalse();
        }
    }

    @Nested
    class Ces_below_easy {

        @ParameterizedTest
        @CsvSource({"1, true", "4, true", "5, false", "7, false"})
        void below_five_is_low(int value, boolean low) {
            assertThat(LowAnswers.isLow(CES, Answer.value(value))).isEqualTo(low);
        }
    }

    @Nested
    class Suggestions {

        @Test
        void a_written_text_is_a_suggestion() {
            assertThat(LowAnswers.concernOf(SUGGESTIONS, Answer.text("包装再结实些"))).contains(AnswerConcern.SUGGESTION);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "\t\n", "\u3000"})
        void a_blank_text_is_not(String text) {
            assertThat(LowAnswers.concernOf(SUGGESTIONS, Answer.text(text))).isEmpty();
        }

        @Test
        void a_missing_text_is_not() {
            assertThat(LowAnswers.concernOf(SUGGESTIONS, new Answer(null, null, null, null))).isEmpty();
        }

        @Test
        void a_text_is_never_low() {
            assertThat(LowAnswers.isLow(SUGGESTIONS, Answer.text("差"))).isFalse();
        }
    }

    @Nested
    class Neither {

        @Test
        void a_plain_rating_is_never_low() {
            QuestionDefinition rating = QuestionDefinition.rating(TEXT, Scale.ONE_TO_TEN, TEXT, TEXT);
            assertThat(LowAnswers.concernOf(rating, Answer.value(1))).isEmpty();
        }

        @Test
        void an_expectation_pair_is_never_low() {
            QuestionDefinition pair = QuestionDefinition.expectationPair(TEXT, BigDecimal.ONE);
            assertThat(LowAnswers.concernOf(pair, Answer.pair(10, 1))).isEmpty();
        }

        @Test
        void a_choice_is_never_low() {
            QuestionDefinition choice = QuestionDefinition.singleChoice(TEXT, List.of(TEXT, TEXT));
            assertThat(LowAnswers.concernOf(choice, Answer.choices(List.of(1)))).isEqualTo(Optional.empty());
        }
    }

    @Nested
    class Broken_answers {

        @Test
        void a_scaled_answer_without_a_value_is_a_bug() {
            assertThatThrownBy(() -> LowAnswers.isLow(NPS, Answer.text("x")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NPS");
        }

        @Test
        void a_value_off_the_scale_is_a_bug() {
            assertThatThrownBy(() -> LowAnswers.isLow(LIKERT5, Answer.value(0)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LIKERT5");
            assertThatThrownBy(() -> LowAnswers.isLow(CES, Answer.value(8)))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void missing_arguments_are_a_bug() {
            assertThatThrownBy(() -> LowAnswers.concernOf(null, Answer.value(1))).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> LowAnswers.concernOf(NPS, null)).isInstanceOf(NullPointerException.class);
        }
    }

    @Test
    void each_concern_names_the_source_of_an_action_made_from_it() {
        assertThat(AnswerConcern.LOW_ANSWER.source()).isEqualTo(ActionSource.SURVEY_ANSWER);
        assertThat(AnswerConcern.SUGGESTION.source()).isEqualTo(ActionSource.SUGGESTION);
    }
}
