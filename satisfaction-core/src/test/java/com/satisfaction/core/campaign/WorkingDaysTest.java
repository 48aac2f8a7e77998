package com.satisfaction.core.campaign;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDaysTest {

    static final LocalDate LABOUR_DAY = LocalDate.of(2026, 5, 1);
    final WorkingDays days = WorkingDays.withHolidays(Set.of(LABOUR_DAY, LABOUR_DAY.plusDays(1),
            LABOUR_DAY.plusDays(2), LABOUR_DAY.plusDays(3), LABOUR_DAY.plusDays(4)));

    @Nested
    class Quiet_days {

        @Test
        void weekends_and_holidays_are_quiet() {
            assertThat(days.isQuiet(LocalDate.of(2026, 3, 7))).as("Saturday").isTrue();
            assertThat(days.isQuiet(LocalDate.of(2026, 3, 8))).as("Sunday").isTrue();
            assertThat(days.isQuiet(LABOUR_DAY)).as("Friday, Labour Day").isTrue();
            assertThat(days.isQuiet(LocalDate.of(2026, 3, 9))).as("Monday").isFalse();
        }

        @Test
        void a_working_day_stays_and_a_quiet_one_moves_to_the_next_working_day() {
            assertThat(days.onOrAfter(LocalDate.of(2026, 3, 9))).isEqualTo(LocalDate.of(2026, 3, 9));
            assertThat(days.onOrAfter(LocalDate.of(2026, 3, 7))).isEqualTo(LocalDate.of(2026, 3, 9));
            assertThat(days.onOrAfter(LocalDate.of(2026, 4, 30).plusDays(1))).isEqualTo(LocalDate.of(2026, 5, 6));
        }
    }

    @Nested
    class Reminders {

        @Test
        void a_reminder_is_due_the_interval_after_the_last_mail() {
            assertThat(days.reminderDue(LocalDate.of(2026, 3, 2), 3)).isEqualTo(LocalDate.of(2026, 3, 5));
        }

        @Test
        void a_reminder_due_on_a_weekend_or_holiday_waits_for_the_next_working_day() {
            assertThat(days.reminderDue(LocalDate.of(2026, 3, 2), 5)).isEqualTo(LocalDate.of(2026, 3, 9));
            assertThat(days.reminderDue(LocalDate.of(2026, 4, 28), 3)).isEqualTo(LocalDate.of(2026, 5, 6));
        }

        @Test
        void an_interval_must_be_positive() {
            assertThatThrownBy(() -> days.reminderDue(LocalDate.of(2026, 3, 2), 0))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
