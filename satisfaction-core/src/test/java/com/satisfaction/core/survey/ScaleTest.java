package com.satisfaction.core.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ScaleTest {

    @Test
    void contains_its_values_from_min_to_max_and_nothing_else() {
        assertThat(Scale.ZERO_TO_TEN.contains(0)).isTrue();
        assertThat(Scale.ZERO_TO_TEN.contains(10)).isTrue();
        assertThat(Scale.ZERO_TO_TEN.contains(-1)).isFalse();
        assertThat(Scale.ONE_TO_SEVEN.contains(8)).isFalse();
        assertThat(Scale.ONE_TO_FIVE.contains(0)).isFalse();
    }

    @Test
    void has_the_positive_thresholds_of_the_spec() {
        assertThat(Scale.LIKERT5.defaultPositiveThreshold()).isEqualTo(4);
        assertThat(Scale.ONE_TO_FIVE.defaultPositiveThreshold()).isEqualTo(4);
        assertThat(Scale.ONE_TO_SEVEN.defaultPositiveThreshold()).isEqualTo(5);
        assertThat(Scale.ONE_TO_TEN.defaultPositiveThreshold()).isEqualTo(8);
        assertThat(Scale.ZERO_TO_TEN.defaultPositiveThreshold()).isEqualTo(9);
    }

    @Test
    void shows_its_range_for_messages() {
        assertThat(Scale.ONE_TO_SEVEN.range()).isEqualTo("1–7");
        assertThat(Scale.ZERO_TO_TEN.range()).isEqualTo("0–10");
    }

    @Test
    void returns_a_required_value_on_the_scale() {
        assertThat(Scale.ONE_TO_SEVEN.requireValue(7)).isEqualTo(7);
    }

    @Test
    void rejects_a_required_value_off_the_scale_naming_it_and_the_range() {
        assertThatIllegalArgumentException().isThrownBy(() -> Scale.ONE_TO_SEVEN.requireValue(8))
                .withMessageContaining("8").withMessageContaining("ONE_TO_SEVEN").withMessageContaining("1–7");
    }
}
