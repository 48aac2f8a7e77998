package com.satisfaction.core.record;

import com.satisfaction.core.record.RecordDates.Problem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class RecordDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 14);

    @Test
    void today_and_any_day_back_to_the_first_period_may_be_recorded() {
        assertThat(RecordDates.check(TODAY, TODAY)).isEmpty();
        assertThat(RecordDates.check(LocalDate.of(2000, 1, 1), TODAY)).isEmpty();
    }

    @Test
    void tomorrow_is_in_the_future() {
        assertThat(RecordDates.check(TODAY.plusDays(1), TODAY)).contains(Problem.IN_THE_FUTURE);
    }

    @Test
    void a_day_before_the_first_period_is_too_early() {
        assertThat(RecordDates.check(LocalDate.of(1999, 12, 31), TODAY)).contains(Problem.TOO_EARLY);
    }

    @Test
    void both_dates_are_required() {
        assertThatNullPointerException().isThrownBy(() -> RecordDates.check(null, TODAY));
        assertThatNullPointerException().isThrownBy(() -> RecordDates.check(TODAY, null));
    }
}
