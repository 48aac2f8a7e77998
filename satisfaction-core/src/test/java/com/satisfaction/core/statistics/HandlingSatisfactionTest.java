package com.satisfaction.core.statistics;

import com.satisfaction.core.scoring.Score;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HandlingSatisfactionTest {

    @Nested
    class Mean {

        @Test
        void the_mean_of_ratings_is_exact_and_shown_with_one_decimal() {
            // 5, 4, 4 → 13/3
            HandlingSatisfaction satisfaction = HandlingSatisfaction.of(3, 13);

            assertThat(satisfaction.count()).isEqualTo(3);
            assertThat(satisfaction.mean()).contains(Score.ratio(13, 3));
            assertThat(satisfaction.meanShown()).contains("4.3");
        }

        @Test
        void a_half_is_rounded_up_for_display() {
            assertThat(HandlingSatisfaction.of(2, 7).meanShown()).contains("3.5");
            assertThat(HandlingSatisfaction.of(4, 13).meanShown()).contains("3.3");
            assertThat(HandlingSatisfaction.of(20, 71).meanShown()).contains("3.6");
        }

        @Test
        void no_rating_is_no_data_never_zero() {
            HandlingSatisfaction satisfaction = HandlingSatisfaction.of(0, 0);

            assertThat(satisfaction.mean()).isEmpty();
            assertThat(satisfaction.meanShown()).isEmpty();
        }

        @Test
        void the_lowest_and_highest_totals_are_possible() {
            assertThat(HandlingSatisfaction.of(2, 2).meanShown()).contains("1.0");
            assertThat(HandlingSatisfaction.of(2, 10).meanShown()).contains("5.0");
        }
    }

    @Nested
    class Impossible_input {

        @Test
        void a_total_that_ratings_of_one_to_five_cannot_make_is_a_bug() {
            assertThatThrownBy(() -> HandlingSatisfaction.of(2, 11))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("11").hasMessageContaining("1–5");
            assertThatThrownBy(() -> HandlingSatisfaction.of(2, 1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> HandlingSatisfaction.of(0, 3)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void a_negative_count_is_a_bug() {
            assertThatThrownBy(() -> HandlingSatisfaction.of(-1, 0)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new HandlingSatisfaction(-1, Optional.empty()))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void a_mean_exists_exactly_when_something_was_rated() {
            assertThatThrownBy(() -> new HandlingSatisfaction(0, Optional.of(Score.ONE)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new HandlingSatisfaction(1, Optional.empty()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new HandlingSatisfaction(0, null)).isInstanceOf(NullPointerException.class);
        }
    }
}
