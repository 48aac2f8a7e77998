package com.satisfaction.core.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class QuestionTypeTest {

    @Nested
    class Fixed_scales {

        @Test
        void likert_nps_ces_and_expectation_pairs_always_use_their_own_scale() {
            assertThat(QuestionType.LIKERT5.fixedScale()).contains(Scale.LIKERT5);
            assertThat(QuestionType.NPS.fixedScale()).contains(Scale.ZERO_TO_TEN);
            assertThat(QuestionType.CES.fixedScale()).contains(Scale.ONE_TO_SEVEN);
            assertThat(QuestionType.EXPECTATION_PAIR.fixedScale()).contains(Scale.ONE_TO_TEN);
            assertThat(QuestionType.NPS.allowedScales()).containsExactly(Scale.ZERO_TO_TEN);
        }

        @Test
        void ratings_let_the_author_choose_five_seven_or_ten_points() {
            Set<Scale> numeric = Set.of(Scale.ONE_TO_FIVE, Scale.ONE_TO_SEVEN, Scale.ONE_TO_TEN);
            assertThat(QuestionType.RATING.fixedScale()).isEmpty();
            assertThat(QuestionType.RATING.allowedScales()).isEqualTo(numeric);
            assertThat(QuestionType.CSAT.allowedScales()).isEqualTo(numeric);
        }
    }

    @Nested
    class Unscaled_types {

        @Test
        void text_and_choice_have_no_scale() {
            for (QuestionType type : Set.of(QuestionType.TEXT, QuestionType.CHOICE)) {
                assertThat(type.isScaled()).isFalse();
                assertThat(type.fixedScale()).isEmpty();
                assertThat(type.allowedScales()).isEmpty();
            }
            assertThat(QuestionType.RATING.isScaled()).isTrue();
            assertThat(QuestionType.LIKERT5.isScaled()).isTrue();
        }
    }

    @Nested
    class Checking_a_scale {

        @Test
        void an_allowed_scale_is_returned() {
            assertThat(QuestionType.CSAT.allows(Scale.ONE_TO_SEVEN)).isTrue();
            assertThat(QuestionType.CSAT.requireAllowed(Scale.ONE_TO_TEN)).isEqualTo(Scale.ONE_TO_TEN);
        }

        @Test
        void a_scale_the_type_cannot_use_is_rejected_naming_both() {
            assertThat(QuestionType.CES.allows(Scale.ONE_TO_FIVE)).isFalse();
            assertThatIllegalArgumentException().isThrownBy(() -> QuestionType.CES.requireAllowed(Scale.ONE_TO_FIVE))
                    .withMessage("a CES question cannot use the scale ONE_TO_FIVE (allowed [ONE_TO_SEVEN])");
        }
    }
}
