package com.satisfaction.core.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class QuestionTypeTest {

    @Test
    void fixes_the_scale_of_likert5_nps_ces_and_expectation_pairs() {
        assertThat(QuestionType.LIKERT5.fixedScale()).contains(Scale.LIKERT5);
        assertThat(QuestionType.NPS.fixedScale()).contains(Scale.ZERO_TO_TEN);
        assertThat(QuestionType.CES.fixedScale()).contains(Scale.ONE_TO_SEVEN);
        assertThat(QuestionType.EXPECTATION_PAIR.fixedScale()).contains(Scale.ONE_TO_TEN);
        assertThat(QuestionType.RATING.fixedScale()).isEmpty();
    }

    @Test
    void lets_the_author_choose_among_the_numeric_scales_for_ratings_and_csat() {
        assertThat(QuestionType.RATING.allowedScales())
                .containsExactlyInAnyOrder(Scale.ONE_TO_FIVE, Scale.ONE_TO_SEVEN, Scale.ONE_TO_TEN);
        assertThat(QuestionType.CSAT.allowedScales()).isEqualTo(QuestionType.RATING.allowedScales());
    }

    @Test
    void has_no_scale_for_text_and_choice() {
        assertThat(QuestionType.TEXT.isScaled()).isFalse();
        assertThat(QuestionType.CHOICE.allowedScales()).isEmpty();
        assertThat(QuestionType.CHOICE.fixedScale()).isEmpty();
    }

    @Test
    void returns_a_required_scale_it_allows() {
        assertThat(QuestionType.CSAT.requireAllowed(Scale.ONE_TO_TEN)).isEqualTo(Scale.ONE_TO_TEN);
    }

    @Test
    void rejects_a_required_scale_it_does_not_allow_naming_both() {
        assertThatIllegalArgumentException().isThrownBy(() -> QuestionType.NPS.requireAllowed(Scale.ONE_TO_TEN))
                .withMessageContaining("NPS").withMessageContaining("ONE_TO_TEN").withMessageContaining("ZERO_TO_TEN");
    }
}
