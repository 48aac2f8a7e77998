package com.satisfaction.core.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerRulesTest {

    static final LocalizedText TEXT = LocalizedText.of("问题", "Question");
    static final LocalizedText LOW = LocalizedText.of("低", "Low");
    static final LocalizedText HIGH = LocalizedText.of("高", "High");

    static final QuestionDefinition LIKERT = QuestionDefinition.likert5(TEXT);
    static final QuestionDefinition NPS = QuestionDefinition.nps(TEXT, LOW, HIGH);
    static final QuestionDefinition CES = QuestionDefinition.ces(TEXT, LOW, HIGH);
    static final QuestionDefinition PAIR = QuestionDefinition.expectationPair(TEXT, BigDecimal.ONE);
    static final QuestionDefinition SINGLE = QuestionDefinition.singleChoice(TEXT, choices(3));
    static final QuestionDefinition MULTIPLE = QuestionDefinition.multipleChoice(TEXT, choices(3));

    static List<LocalizedText> choices(int count) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> LocalizedText.of("选项" + i, "Option " + i)).toList();
    }

    static AnswerCheck check(QuestionDefinition question, AnswerInput input) {
        return AnswerRules.check(question, input);
    }

    static AnswerCheck given(Answer answer) {
        return new AnswerCheck.Given(answer);
    }

    static AnswerCheck invalid(String code, Object... args) {
        return new AnswerCheck.Invalid(code, List.of(args));
    }

    @Nested
    class An_empty_answer {

        @Test
        void to_a_required_question_is_missing() {
            assertThat(check(LIKERT, AnswerInput.NONE)).isEqualTo(invalid("answer.required"));
            assertThat(check(PAIR, AnswerInput.pair(null, null))).isEqualTo(invalid("answer.required"));
            assertThat(check(SINGLE, AnswerInput.NONE)).isEqualTo(invalid("answer.required"));
            assertThat(check(QuestionDefinition.text(TEXT).withRequired(true), AnswerInput.of("  ")))
                    .isEqualTo(invalid("answer.required"));
        }

        @Test
        void to_an_optional_question_is_skipped() {
            assertThat(check(LIKERT.withRequired(false), AnswerInput.NONE)).isEqualTo(new AnswerCheck.Skipped());
            assertThat(check(PAIR.withRequired(false), AnswerInput.pair(" ", ""))).isEqualTo(new AnswerCheck.Skipped());
            assertThat(check(MULTIPLE.withRequired(false), AnswerInput.of("", " ")))
                    .isEqualTo(new AnswerCheck.Skipped());
            assertThat(check(QuestionDefinition.text(TEXT), AnswerInput.of("\n\t ")))
                    .isEqualTo(new AnswerCheck.Skipped());
        }

        @Test
        void counts_blank_and_null_values_as_nothing_entered() {
            assertThat(check(LIKERT, new AnswerInput(Arrays.asList(null, " "), null)))
                    .isEqualTo(invalid("answer.required"));
            assertThat(check(LIKERT, new AnswerInput(null, null))).isEqualTo(invalid("answer.required"));
        }

        @Test
        void counts_a_null_value_given_to_of_as_nothing_entered() {
            assertThat(check(LIKERT, AnswerInput.of((String) null))).isEqualTo(invalid("answer.required"));
            assertThat(check(LIKERT, AnswerInput.of((String[]) null))).isEqualTo(invalid("answer.required"));
        }
    }

    @Nested
    class A_value_on_a_scale {

        @Test
        void is_kept_at_either_end_of_the_scale() {
            assertThat(check(LIKERT, AnswerInput.of("1"))).isEqualTo(given(Answer.value(1)));
            assertThat(check(LIKERT, AnswerInput.of("5"))).isEqualTo(given(Answer.value(5)));
            assertThat(check(NPS, AnswerInput.of("0"))).isEqualTo(given(Answer.value(0)));
            assertThat(check(NPS, AnswerInput.of("10"))).isEqualTo(given(Answer.value(10)));
        }

        @Test
        void is_read_without_surrounding_white_space() {
            assertThat(check(CES, AnswerInput.of(" 6 "))).isEqualTo(given(Answer.value(6)));
        }

        @Test
        void is_out_of_range_just_below_or_above_the_scale_with_the_range_to_show() {
            assertThat(check(CES, AnswerInput.of("0"))).isEqualTo(invalid("answer.outOfRange", 1, 7));
            assertThat(check(CES, AnswerInput.of("8"))).isEqualTo(invalid("answer.outOfRange", 1, 7));
            assertThat(check(NPS, AnswerInput.of("-1"))).isEqualTo(invalid("answer.outOfRange", 0, 10));
            assertThat(check(NPS, AnswerInput.of("11"))).isEqualTo(invalid("answer.outOfRange", 0, 10));
        }

        @ParameterizedTest
        @ValueSource(strings = {"abc", "4.5", "五", "1e1", "0x5", "99999999999999999999"})
        void is_out_of_range_when_it_is_not_a_whole_number(String raw) {
            assertThat(check(LIKERT, AnswerInput.of(raw))).isEqualTo(invalid("answer.outOfRange", 1, 5));
        }

        @Test
        void is_taken_from_the_first_value_entered() {
            assertThat(check(LIKERT, AnswerInput.of("", "4", "2"))).isEqualTo(given(Answer.value(4)));
        }

        @Test
        void of_a_csat_rating_follows_the_scale_the_author_chose() {
            QuestionDefinition csat = QuestionDefinition.csat(TEXT, Scale.ONE_TO_TEN, LOW, HIGH);

            assertThat(check(csat, AnswerInput.of("10"))).isEqualTo(given(Answer.value(10)));
            assertThat(check(csat, AnswerInput.of("0"))).isEqualTo(invalid("answer.outOfRange", 1, 10));
        }
    }

    @Nested
    class An_expectation_pair {

        @Test
        void keeps_the_received_value_beside_the_expected_one() {
            AnswerCheck check = check(PAIR, AnswerInput.pair("8", "6"));

            assertThat(check).isEqualTo(given(Answer.pair(8, 6)));
            Answer answer = ((AnswerCheck.Given) check).answer();
            assertThat(answer.expected()).isEqualTo(8);
            assertThat(answer.value()).isEqualTo(6);
        }

        @Test
        void is_incomplete_with_only_one_of_the_two() {
            assertThat(check(PAIR, AnswerInput.pair("8", null))).isEqualTo(invalid("answer.pair.incomplete"));
            assertThat(check(PAIR, AnswerInput.pair(" ", "6"))).isEqualTo(invalid("answer.pair.incomplete"));
            assertThat(check(PAIR.withRequired(false), AnswerInput.pair(null, "6")))
                    .isEqualTo(invalid("answer.pair.incomplete"));
        }

        @Test
        void is_out_of_range_when_either_value_is_off_the_scale() {
            assertThat(check(PAIR, AnswerInput.pair("0", "6"))).isEqualTo(invalid("answer.outOfRange", 1, 10));
            assertThat(check(PAIR, AnswerInput.pair("8", "11"))).isEqualTo(invalid("answer.outOfRange", 1, 10));
            assertThat(check(PAIR, AnswerInput.pair("x", "6"))).isEqualTo(invalid("answer.outOfRange", 1, 10));
        }

        @Test
        void is_kept_at_both_ends_of_the_scale() {
            assertThat(check(PAIR, AnswerInput.pair("1", "10"))).isEqualTo(given(Answer.pair(1, 10)));
        }
    }

    @Nested
    class A_text {

        private final QuestionDefinition fiveLong = QuestionDefinition.text(TEXT).withMaxLength(5);

        @Test
        void is_kept_at_exactly_the_limit_counting_chinese_characters_and_emoji_as_one_each() {
            String text = "很好👍👍";

            assertThat(text.length()).isEqualTo(6);
            assertThat(check(fiveLong, AnswerInput.of(text))).isEqualTo(given(Answer.text(text)));
        }

        @Test
        void is_too_long_one_character_over_the_limit_with_the_limit_and_its_length() {
            assertThat(check(fiveLong, AnswerInput.of("交期要改善👍"))).isEqualTo(invalid("answer.text.tooLong", 5, 6));
            assertThat(check(fiveLong, AnswerInput.of("abcdef"))).isEqualTo(invalid("answer.text.tooLong", 5, 6));
        }

        @Test
        void is_kept_without_surrounding_white_space_which_does_not_count() {
            assertThat(check(fiveLong, AnswerInput.of("  交期要改善 \n"))).isEqualTo(given(Answer.text("交期要改善")));
        }

        @Test
        void is_limited_by_default_to_the_default_length() {
            QuestionDefinition text = QuestionDefinition.text(TEXT);
            String atLimit = "好".repeat(QuestionDefinition.DEFAULT_MAX_LENGTH);

            assertThat(check(text, AnswerInput.of(atLimit))).isEqualTo(given(Answer.text(atLimit)));
            assertThat(check(text, AnswerInput.of(atLimit + "好")))
                    .isEqualTo(invalid("answer.text.tooLong", 1000, 1001));
        }
    }

    @Nested
    class A_choice {

        @Test
        void is_kept_as_the_position_of_the_option() {
            assertThat(check(SINGLE, AnswerInput.of("0"))).isEqualTo(given(Answer.choices(List.of(0))));
            assertThat(check(SINGLE, AnswerInput.of("2"))).isEqualTo(given(Answer.choices(List.of(2))));
        }

        @ParameterizedTest
        @ValueSource(strings = {"3", "-1", "a", "1.0", "1000"})
        void is_unknown_when_no_option_has_that_position(String raw) {
            assertThat(check(SINGLE, AnswerInput.of(raw))).isEqualTo(invalid("answer.choice.unknown"));
            assertThat(check(MULTIPLE, AnswerInput.of("0", raw))).isEqualTo(invalid("answer.choice.unknown"));
        }

        @Test
        void of_a_single_choice_allows_only_one_option() {
            assertThat(check(SINGLE, AnswerInput.of("0", "1"))).isEqualTo(invalid("answer.choice.onlyOne"));
        }

        @Test
        void of_a_single_choice_accepts_the_same_option_sent_twice() {
            assertThat(check(SINGLE, AnswerInput.of("1", "1"))).isEqualTo(given(Answer.choices(List.of(1))));
        }

        @Test
        void of_a_multiple_choice_keeps_every_option_once_in_the_order_given() {
            assertThat(check(MULTIPLE, AnswerInput.of("2", "0", "2", " ", "0")))
                    .isEqualTo(given(Answer.choices(List.of(2, 0))));
        }
    }

    @Nested
    class An_answer_and_a_check {

        @Test
        void keep_copies_of_their_lists() {
            List<Integer> positions = new java.util.ArrayList<>(List.of(1, 2));
            List<Object> args = new java.util.ArrayList<>(List.of(1, 5));
            Answer answer = Answer.choices(positions);
            AnswerCheck.Invalid invalid = new AnswerCheck.Invalid("answer.outOfRange", args);

            positions.clear();
            args.clear();

            assertThat(answer.choices()).containsExactly(1, 2);
            assertThat(invalid.args()).containsExactly(1, 5);
        }

        @Test
        void answers_without_choices_have_an_empty_list() {
            assertThat(Answer.value(3).choices()).isEmpty();
            assertThat(Answer.text("好").choices()).isEmpty();
        }
    }
}
