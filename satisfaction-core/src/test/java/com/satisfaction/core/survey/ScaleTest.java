package com.satisfaction.core.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScaleTest {

    @ParameterizedTest(name = "{0} runs {1}..{2}, positive from {3}")
    @CsvSource({
            "LIKERT5, 1, 5, 4",
            "ONE_TO_FIVE, 1, 5, 4",
            "ONE_TO_SEVEN, 1, 7, 5",
            "ONE_TO_TEN, 1, 10, 8",
            "ZERO_TO_TEN, 0, 10, 9"})
    void each_scale_has_the_range_and_default_threshold_of_the_spec(Scale scale, int min, int max, int threshold) {
        assertThat(scale.min()).isEqualTo(min);
        assertThat(scale.max()).isEqualTo(max);
        assertThat(scale.defaultPositiveThreshold()).isEqualTo(threshold);
        assertThat(scale.range()).isEqualTo(min + "–" + max);
    }

    @Nested
    class Membership {

        @Test
        void the_ends_of_a_scale_are_on_it_and_their_neighbours_are_not() {
            assertThat(Scale.ONE_TO_SEVEN.contains(1)).isTrue();
            assertThat(Scale.ONE_TO_SEVEN.contains(7)).isTrue();
            assertThat(Scale.ONE_TO_SEVEN.contains(0)).isFalse();
            assertThat(Scale.ONE_TO_SEVEN.contains(8)).isFalse();
        }

        @Test
        void a_value_on_the_scale_is_returned_unchanged() {
            assertThat(Scale.ZERO_TO_TEN.requireValue(0)).isZero();
            assertThat(Scale.ZERO_TO_TEN.requireValue(10)).isEqualTo(10);
        }

        @Test
        void a_value_off_the_scale_is_rejected_naming_the_value_and_the_range() {
            assertThatIllegalArgumentException().isThrownBy(() -> Scale.ONE_TO_SEVEN.requireValue(8))
                    .withMessage("value 8 is outside the scale ONE_TO_SEVEN (allowed 1–7)");
            assertThatIllegalArgumentException().isThrownBy(() -> Scale.LIKERT5.requireValue(0))
                    .withMessageContaining("value 0").withMessageContaining("1–5");
        }
    }
}
