package com.satisfaction.core.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.satisfaction.core.period.Period.Half;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @Nested
    class Parsing {

        @Test
        void the_text_form_reads_back_to_itself() {
            Period period = Period.of("2026-H1");

            assertThat(period).isEqualTo(Period.of(2026, Half.H1));
            assertThat(period.year()).isEqualTo(2026);
            assertThat(period.half()).isEqualTo(Half.H1);
            assertThat(period).hasToString("2026-H1");
            assertThat(Period.of("2999-H2")).hasToString("2999-H2");
            assertThat(Period.of("2000-H1").year()).isEqualTo(2000);
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-H3", "2026H1", "26-H1", "2026-h1", "2026-H1 ", "", "2026-Q1"})
        void a_malformed_period_is_rejected_naming_the_text_and_the_form(String text) {
            assertThatIllegalArgumentException().isThrownBy(() -> Period.of(text))
                    .withMessage("period '" + text + "' is not of the form YYYY-H1 or YYYY-H2 (year 2000–2999)");
        }

        @ParameterizedTest
        @ValueSource(ints = {1999, 3000})
        void a_year_out_of_range_is_rejected(int year) {
            assertThatIllegalArgumentException().isThrownBy(() -> Period.of(year + "-H1"))
                    .withMessage("year " + year + " is outside the allowed range 2000–2999");
        }
    }

    @Nested
    class Dates {

        @Test
        void h1_runs_from_january_to_june_and_h2_from_july_to_december() {
            assertThat(Period.of("2026-H1").startDate()).isEqualTo(LocalDate.of(2026, 1, 1));
            assertThat(Period.of("2026-H1").endDate()).isEqualTo(LocalDate.of(2026, 6, 30));
            assertThat(Period.of("2026-H2").startDate()).isEqualTo(LocalDate.of(2026, 7, 1));
            assertThat(Period.of("2026-H2").endDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        }

        @Test
        void the_last_day_of_june_is_in_h1_and_the_first_of_july_in_h2() {
            assertThat(Period.containing(LocalDate.of(2026, 6, 30))).isEqualTo(Period.of("2026-H1"));
            assertThat(Period.containing(LocalDate.of(2026, 7, 1))).isEqualTo(Period.of("2026-H2"));
            assertThat(Period.containing(LocalDate.of(2026, 1, 1))).isEqualTo(Period.of("2026-H1"));
            assertThat(Period.containing(LocalDate.of(2026, 12, 31))).isEqualTo(Period.of("2026-H2"));
        }

        @Test
        void a_period_contains_its_first_and_last_day_only() {
            Period h1 = Period.of("2026-H1");

            assertThat(h1.contains(LocalDate.of(2026, 1, 1))).isTrue();
            assertThat(h1.contains(LocalDate.of(2026, 6, 30))).isTrue();
            assertThat(h1.contains(LocalDate.of(2025, 12, 31))).isFalse();
            assertThat(h1.contains(LocalDate.of(2026, 7, 1))).isFalse();
        }
    }

    @Nested
    class Order {

        @Test
        void previous_and_next_step_half_a_year_across_the_new_year() {
            assertThat(Period.of("2026-H1").previous()).isEqualTo(Period.of("2025-H2"));
            assertThat(Period.of("2026-H2").previous()).isEqualTo(Period.of("2026-H1"));
            assertThat(Period.of("2026-H1").next()).isEqualTo(Period.of("2026-H2"));
            assertThat(Period.of("2026-H2").next()).isEqualTo(Period.of("2027-H1"));
        }

        @Test
        void periods_sort_by_year_then_half() {
            assertThat(Period.of("2026-H1")).isLessThan(Period.of("2026-H2"));
            assertThat(Period.of("2025-H2")).isLessThan(Period.of("2026-H1"));
            assertThat(Period.of("2027-H1")).isGreaterThan(Period.of("2026-H2"));
            assertThat(Period.of("2026-H1").compareTo(Period.of("2026-H1"))).isZero();
        }
    }
}
