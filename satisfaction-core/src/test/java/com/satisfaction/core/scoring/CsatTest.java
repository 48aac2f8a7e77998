package com.satisfaction.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.satisfaction.core.survey.Scale;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CsatTest {

    private static final CsatQuestion FIVE_POINT = CsatQuestion.withDefaultThreshold(Scale.ONE_TO_FIVE);

    @Nested
    class Worked_example {

        @Test
        void four_hundred_positive_answers_of_five_hundred_give_80_percent() {
            List<Integer> answers = new ArrayList<>(Collections.nCopies(400, 4));
            answers.addAll(Collections.nCopies(100, 2));

            Csat csat = Csat.of(FIVE_POINT, answers).orElseThrow();

            assertThat(csat.positive()).isEqualTo(400);
            assertThat(csat.answers()).isEqualTo(500);
            assertThat(csat.percentage()).isEqualTo(Score.of(80));
            assertThat(csat.percentage().display()).isEqualTo("80.0");
            assertThat(csat.mean()).isEqualTo(Score.of("3.6"));
        }

        @Test
        void counts_from_an_aggregate_give_the_same_result() {
            assertThat(Csat.ofCounts(FIVE_POINT, 400, 500, 1800))
                    .contains(new Csat(FIVE_POINT, 400, 500, 1800));
        }
    }

    @Nested
    class Positive_threshold {

        @Test
        void the_default_thresholds_are_those_of_the_scale() {
            assertThat(CsatQuestion.withDefaultThreshold(Scale.LIKERT5).positiveThreshold()).isEqualTo(4);
            assertThat(CsatQuestion.withDefaultThreshold(Scale.ONE_TO_SEVEN).positiveThreshold()).isEqualTo(5);
            assertThat(CsatQuestion.withDefaultThreshold(Scale.ONE_TO_TEN).positiveThreshold()).isEqualTo(8);
        }

        @Test
        void an_answer_at_the_threshold_is_positive_and_one_below_is_not() {
            CsatQuestion tenPoint = CsatQuestion.withDefaultThreshold(Scale.ONE_TO_TEN);

            assertThat(tenPoint.isPositive(8)).isTrue();
            assertThat(tenPoint.isPositive(7)).isFalse();
            assertThat(Csat.of(tenPoint, List.of(8, 7)).orElseThrow().positive()).isEqualTo(1);
        }

        @Test
        void a_question_may_set_its_own_threshold() {
            CsatQuestion strict = new CsatQuestion(Scale.ONE_TO_FIVE, 5);

            assertThat(Csat.of(strict, List.of(5, 4, 4, 5)).orElseThrow().percentage()).isEqualTo(Score.of(50));
        }

        @Test
        void a_csat_may_be_taken_on_the_zero_to_ten_scale() {
            CsatQuestion promoters = CsatQuestion.withDefaultThreshold(Scale.ZERO_TO_TEN);

            Csat csat = Csat.of(promoters, List.of(0, 8, 9, 10)).orElseThrow();

            assertThat(csat.percentage()).isEqualTo(Score.of(50));
            assertThat(csat.mean()).isEqualTo(Score.of("6.75"));
            assertThatIllegalArgumentException().isThrownBy(() -> Csat.ofCounts(promoters, 2, 4, 37))
                    .withMessage("sum of values 37 is outside the allowed range 18–36 for 2 positive of 4 answers on 0–10");
        }

        @Test
        void a_threshold_off_the_scale_is_rejected() {
            assertThatIllegalArgumentException().isThrownBy(() -> new CsatQuestion(Scale.ONE_TO_FIVE, 6))
                    .withMessage("positive threshold 6 is outside the scale ONE_TO_FIVE (allowed 1–5)");
            assertThatIllegalArgumentException().isThrownBy(() -> new CsatQuestion(Scale.ONE_TO_FIVE, 0));
        }

        @Test
        void a_threshold_at_the_bottom_of_the_scale_makes_every_answer_positive() {
            CsatQuestion everyone = new CsatQuestion(Scale.ONE_TO_FIVE, 1);

            assertThat(Csat.of(everyone, List.of(1, 2)).orElseThrow().percentage()).isEqualTo(Score.HUNDRED);
            assertThatIllegalArgumentException().isThrownBy(() -> new Csat(everyone, 1, 2, 3))
                    .withMessageContaining("every answer is positive");
        }
    }

    @Nested
    class No_data_and_invalid_input {

        @Test
        void no_answers_is_no_data_not_zero() {
            assertThat(Csat.of(FIVE_POINT, List.of())).isEmpty();
            assertThat(Csat.ofCounts(FIVE_POINT, 0, 0, 0)).isEmpty();
        }

        @Test
        void an_answer_off_the_scale_is_rejected_naming_it() {
            assertThatIllegalArgumentException().isThrownBy(() -> Csat.of(FIVE_POINT, List.of(4, 6)))
                    .withMessage("value 6 is outside the scale ONE_TO_FIVE (allowed 1–5)");
            assertThatIllegalArgumentException().isThrownBy(() -> FIVE_POINT.isPositive(0));
        }

        @Test
        void impossible_counts_are_rejected() {
            assertThatIllegalArgumentException().isThrownBy(() -> new Csat(FIVE_POINT, 0, 0, 0))
                    .withMessageContaining("answers 0 must be at least 1");
            assertThatIllegalArgumentException().isThrownBy(() -> Csat.ofCounts(FIVE_POINT, -1, 5, 10))
                    .withMessage("positive answers -1 is outside the allowed range 0–5");
            assertThatIllegalArgumentException().isThrownBy(() -> Csat.ofCounts(FIVE_POINT, 6, 5, 25))
                    .withMessage("positive answers 6 is outside the allowed range 0–5");
            assertThatIllegalArgumentException().isThrownBy(() -> Csat.ofCounts(FIVE_POINT, 0, 0, 4));
        }

        @Test
        void a_sum_no_answers_could_produce_is_rejected_naming_the_range() {
            // 2 positive (4–5 each) and 1 other (1–3): the sum lies in 9–13
            assertThat(Csat.ofCounts(FIVE_POINT, 2, 3, 9)).isPresent();
            assertThat(Csat.ofCounts(FIVE_POINT, 2, 3, 13)).isPresent();
            assertThatIllegalArgumentException().isThrownBy(() -> Csat.ofCounts(FIVE_POINT, 2, 3, 8))
                    .withMessage("sum of values 8 is outside the allowed range 9–13 for 2 positive of 3 answers on 1–5");
            assertThatIllegalArgumentException().isThrownBy(() -> Csat.ofCounts(FIVE_POINT, 2, 3, 14));
        }
    }
}
