package com.satisfaction.core.scoring;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WilsonIntervalTest {

    @Test
    void eight_of_ten_lies_between_49_and_94_percent() {
        // p = 0.8, z = 1.96: (0.8 + 0.19208 ± 1.96·√(0.016 + 0.009604)) ÷ 1.38416 = 0.4902 … 0.9433
        WilsonInterval interval = WilsonInterval.of(8, 10).orElseThrow();
        assertThat(interval.display()).isEqualTo("49.0–94.3");
    }

    @Test
    void none_of_ten_is_not_a_zero_width_interval() {
        // upper = z²/n ÷ (1 + z²/n) = 0.38416 ÷ 1.38416 = 0.27754
        WilsonInterval interval = WilsonInterval.of(0, 10).orElseThrow();
        assertThat(interval.lower()).isEqualTo(Score.ZERO);
        assertThat(interval.display()).isEqualTo("0.0–27.8");
        assertThat(WilsonInterval.of(10, 10).orElseThrow().display()).isEqualTo("72.2–100.0");
    }

    @Test
    void three_answers_give_a_wide_interval_and_a_thousand_a_narrow_one() {
        assertThat(WilsonInterval.of(3, 3).orElseThrow().display()).isEqualTo("43.8–100.0");
        WilsonInterval many = WilsonInterval.of(800, 1000).orElseThrow();
        assertThat(many.display()).isEqualTo("77.4–82.4");
        assertThat(many.upper().minus(many.lower()).isLessThan(Score.of(6))).isTrue();
    }

    @Test
    void no_trials_is_no_data() {
        assertThat(WilsonInterval.of(0, 0)).isEmpty();
    }

    @Test
    void successes_outside_the_trials_are_refused() {
        assertThatThrownBy(() -> WilsonInterval.of(11, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WilsonInterval.of(-1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WilsonInterval.of(0, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
