package com.satisfaction.core.statistics;

import com.satisfaction.core.scoring.Score;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HandlingTimeTest {

    @Nested
    class From_seconds {

        @Test
        void the_mean_is_the_total_over_the_count_in_hours_kept_exact() {
            // 1 h, 2 h and 4 h: 25200 s over 3 = 8400 s = 7/3 h
            HandlingTime time = HandlingTime.ofSeconds(3, new BigDecimal("25200"), new BigDecimal("7200"));

            assertThat(time.count()).isEqualTo(3);
            assertThat(time.meanHours()).contains(Score.ratio(7, 3));
            assertThat(time.meanShown()).contains("2.3");
        }

        @Test
        void the_median_comes_in_seconds_and_is_shown_in_hours() {
            HandlingTime time = HandlingTime.ofSeconds(2, new BigDecimal("9000"), new BigDecimal("4500"));

            assertThat(time.medianHours()).contains(Score.of("1.25"));
            assertThat(time.medianShown()).contains("1.3");
        }

        @Test
        void fractions_of_a_second_count_and_only_the_display_rounds_half_up() {
            // 0.05 h = 180 s; one more millisecond would not change what is shown, one less neither
            HandlingTime exactlyOnTheBoundary = HandlingTime.ofSeconds(1, new BigDecimal("180.000"), new BigDecimal("180"));
            HandlingTime justBelow = HandlingTime.ofSeconds(1, new BigDecimal("179.999"), new BigDecimal("179.999"));

            assertThat(exactlyOnTheBoundary.meanShown()).contains("0.1");
            assertThat(justBelow.meanShown()).contains("0.0");
            assertThat(justBelow.medianShown()).contains("0.0");
        }

        @Test
        void over_no_complaint_there_is_no_mean_and_no_median_rather_than_zero() {
            HandlingTime time = HandlingTime.ofSeconds(0, null, null);

            assertThat(time).isEqualTo(HandlingTime.NONE);
            assertThat(time.meanShown()).isEmpty();
            assertThat(time.medianShown()).isEmpty();
            assertThat(time.meanForChart()).isNull();
        }

        @Test
        void a_count_without_a_total_or_a_median_is_a_bug() {
            assertThatThrownBy(() -> HandlingTime.ofSeconds(2, null, BigDecimal.ONE))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 durations");
            assertThatThrownBy(() -> HandlingTime.ofSeconds(2, BigDecimal.ONE, null))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class For_a_chart {

        @Test
        void the_chart_gets_the_mean_as_shown() {
            HandlingTime time = HandlingTime.ofSeconds(3, new BigDecimal("25200"), new BigDecimal("7200"));

            assertThat(time.meanForChart()).isEqualByComparingTo("2.3");
            assertThat(time.meanForChart().scale()).isEqualTo(1);
        }
    }

    @Nested
    class Invariants {

        @Test
        void a_negative_count_is_refused() {
            assertThatThrownBy(() -> new HandlingTime(-1, Optional.empty(), Optional.empty()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        }

        @Test
        void figures_exist_exactly_when_something_was_counted() {
            assertThatThrownBy(() -> new HandlingTime(0, Optional.of(Score.ONE), Optional.empty()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new HandlingTime(0, Optional.empty(), Optional.of(Score.ONE)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new HandlingTime(1, Optional.empty(), Optional.of(Score.ONE)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new HandlingTime(1, Optional.of(Score.ONE), Optional.empty()))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void nulls_are_refused() {
            assertThatThrownBy(() -> new HandlingTime(0, null, Optional.empty())).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new HandlingTime(0, Optional.empty(), null)).isInstanceOf(NullPointerException.class);
        }
    }
}
