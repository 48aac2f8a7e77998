package com.satisfaction.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.satisfaction.core.survey.Scale;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SurveyScoreTest {

    @Nested
    class One_answer {

        @ParameterizedTest(name = "LIKERT5 {0} earns {1} of 10 points")
        @CsvSource({"5, 10", "4, 8", "3, 6", "2, 4", "1, 2"})
        void likert_levels_earn_100_80_60_40_20_percent(int value, int earned) {
            ScoredAnswer answer = ScoredAnswer.of(Scale.LIKERT5, value);

            assertThat(answer.earned()).isEqualTo(Score.of(earned));
            assertThat(answer.possible()).isEqualTo(Score.of(10));
        }

        @Test
        void a_numeric_answer_earns_points_times_value_over_the_scale_maximum() {
            assertThat(new ScoredAnswer(Scale.ONE_TO_SEVEN, 5, new BigDecimal("14")).earned())
                    .isEqualTo(Score.of(10));
            assertThat(ScoredAnswer.of(Scale.ONE_TO_TEN, 7).earned()).isEqualTo(Score.of(7));
            assertThat(ScoredAnswer.of(Scale.ZERO_TO_TEN, 0).earned()).isEqualTo(Score.ZERO);
        }

        @Test
        void an_answer_off_its_scale_or_without_points_is_rejected() {
            assertThatIllegalArgumentException().isThrownBy(() -> ScoredAnswer.of(Scale.LIKERT5, 6))
                    .withMessage("value 6 is outside the scale LIKERT5 (allowed 1–5)");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new ScoredAnswer(Scale.LIKERT5, 5, BigDecimal.ZERO))
                    .withMessage("points 0 must be more than 0");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new ScoredAnswer(Scale.LIKERT5, 5, new BigDecimal("-1")));
        }
    }

    @Nested
    class One_response {

        @Test
        void the_score_is_100_times_points_earned_over_points_possible_across_scales() {
            // 10 + 8 (LIKERT5 5, 4) + 7 (7 on 1–10) + 20 × 3/5 = 12 (20 points, 3 on 1–5): 37 of 50 → 74
            List<ScoredAnswer> answers = List.of(
                    ScoredAnswer.of(Scale.LIKERT5, 5),
                    ScoredAnswer.of(Scale.LIKERT5, 4),
                    ScoredAnswer.of(Scale.ONE_TO_TEN, 7),
                    new ScoredAnswer(Scale.ONE_TO_FIVE, 3, new BigDecimal("20")));

            SurveyScore score = SurveyScore.of(answers).orElseThrow();

            assertThat(score.earned()).isEqualTo(Score.of(37));
            assertThat(score.possible()).isEqualTo(Score.of(50));
            assertThat(score.value()).isEqualTo(Score.of(74));
        }

        @Test
        void a_score_with_an_infinite_decimal_stays_exact() {
            SurveyScore score = SurveyScore.of(List.of(ScoredAnswer.of(Scale.ONE_TO_SEVEN, 5))).orElseThrow();

            assertThat(score.value()).isEqualTo(Score.ratio(500, 7));
            assertThat(score.value().display()).isEqualTo("71.4");
        }

        @Test
        void a_response_with_no_scored_answers_is_no_data() {
            assertThat(SurveyScore.of(List.of())).isEmpty();
        }

        @Test
        void impossible_sums_are_rejected() {
            assertThatIllegalArgumentException().isThrownBy(() -> new SurveyScore(Score.ZERO, Score.ZERO))
                    .withMessage("points possible 0 must be more than 0");
            assertThatIllegalArgumentException().isThrownBy(() -> new SurveyScore(Score.of(11), Score.of(10)))
                    .withMessage("points earned 11 is outside the allowed range 0–10");
            assertThatIllegalArgumentException().isThrownBy(() -> new SurveyScore(Score.of(-1), Score.of(10)));
            assertThat(new SurveyScore(Score.of(10), Score.of(10)).value()).isEqualTo(Score.HUNDRED);
        }
    }
}
