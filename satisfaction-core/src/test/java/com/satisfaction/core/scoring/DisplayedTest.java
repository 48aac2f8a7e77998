package com.satisfaction.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayedTest {

    /** 84.94999999 — eight nines short of 84.95, as a value rebuilt from eight stored decimals could be. */
    static final Score JUST_BELOW_84_95 = Score.of("84.94999999");

    @Nested
    class Rounding {

        @ParameterizedTest(name = "{0} shows {1}")
        @CsvSource({
                "84.95, 85.0",
                "84.96, 85.0",
                "84.94999999, 84.9",
                "84.94, 84.9",
                "85, 85.0",
                "69.95, 70.0",
                "104.95, 105.0",
                "-33.35, -33.4",
                "-0.04, 0.0",
                "0.05, 0.1"})
        void a_figure_is_shown_with_one_decimal_rounded_half_up(String exact, String shown) {
            Displayed displayed = Score.of(exact).displayed();

            assertThat(displayed.text()).isEqualTo(shown);
            assertThat(displayed).hasToString(shown);
            assertThat(Score.of(exact).display()).isEqualTo(shown);
            assertThat(displayed.toScore()).isEqualTo(Score.of(shown));
        }

        @Test
        void a_repeating_fraction_is_rounded_once_from_its_exact_value() {
            assertThat(Score.ratio(289, 3).displayed().text()).isEqualTo("96.3");
            assertThat(Score.ratio(1699, 20).displayed().text()).isEqualTo("85.0");
            assertThat(Score.ratio(1699, 20).minus(Score.ratio(1, 3_000_000)).displayed().text())
                    .isEqualTo("84.9");
        }

        @Test
        void a_displayed_value_has_exactly_one_decimal() {
            assertThat(new Displayed(new BigDecimal("85.0")).toScore()).isEqualTo(Score.of(85));
            assertThatIllegalArgumentException().isThrownBy(() -> new Displayed(new BigDecimal("85")))
                    .withMessage("displayed value 85 has 0 decimals (allowed: exactly 1)");
            assertThatIllegalArgumentException().isThrownBy(() -> new Displayed(new BigDecimal("84.95")));
        }

        @Test
        void a_value_is_shown_exactly_only_when_it_needs_no_rounding() {
            assertThat(Score.of(85).isShownExactly()).isTrue();
            assertThat(Score.of("84.9").isShownExactly()).isTrue();
            assertThat(Score.of("-0.5").isShownExactly()).isTrue();
            assertThat(Score.of("84.95").isShownExactly()).isFalse();
            assertThat(Score.ratio(289, 3).isShownExactly()).isFalse();
        }
    }

    @Nested
    class Comparing_as_shown {

        @Test
        void a_figure_that_shows_the_threshold_is_at_the_threshold() {
            Displayed shown = Score.of("84.95").displayed();

            assertThat(shown.isBelow(Score.of(85))).isFalse();
            assertThat(shown.isAbove(Score.of(85))).isFalse();
            assertThat(shown.isAtLeast(Score.of(85))).isTrue();
            assertThat(shown.isAtMost(Score.of(85))).isTrue();
        }

        @Test
        void a_figure_that_shows_less_is_below_and_one_that_shows_more_above() {
            assertThat(JUST_BELOW_84_95.displayed().isBelow(Score.of(85))).isTrue();
            assertThat(JUST_BELOW_84_95.displayed().isAtLeast(Score.of(85))).isFalse();
            assertThat(Score.of("85.05").displayed().isAbove(Score.of(85))).isTrue();
            assertThat(Score.of("85.05").displayed().isAtMost(Score.of(85))).isFalse();
        }
    }
}
