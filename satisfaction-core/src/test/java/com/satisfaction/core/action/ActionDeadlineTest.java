package com.satisfaction.core.action;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActionDeadlineTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 31);

    @Nested
    class Unfinished_actions {

        @ParameterizedTest
        @EnumSource(value = ActionStatus.class, names = {"OPEN", "IN_PROGRESS"})
        void are_not_overdue_on_their_due_date(ActionStatus status) {
            assertThat(ActionDeadline.isOverdue(status, DUE, DUE)).isFalse();
            assertThat(ActionDeadline.isOverdue(status, DUE, DUE.minusDays(10))).isFalse();
        }

        @ParameterizedTest
        @EnumSource(value = ActionStatus.class, names = {"OPEN", "IN_PROGRESS"})
        void are_overdue_the_day_after(ActionStatus status) {
            assertThat(ActionDeadline.isOverdue(status, DUE, DUE.plusDays(1))).isTrue();
            assertThat(ActionDeadline.isOverdue(status, DUE, DUE.plusYears(1))).isTrue();
        }
    }

    @Nested
    class Finished_actions {

        @ParameterizedTest
        @EnumSource(value = ActionStatus.class, names = {"DONE", "VERIFIED"})
        void are_never_overdue(ActionStatus status) {
            assertThat(ActionDeadline.isOverdue(status, DUE, DUE.plusDays(100))).isFalse();
        }
    }

    @Nested
    class With_a_clock {

        @Test
        void today_is_the_date_in_the_clocks_zone() {
            // 2026-03-31T17:00Z is 1 April in Shanghai but still 31 March in London
            Instant instant = Instant.parse("2026-03-31T17:00:00Z");
            assertThat(ActionDeadline.isOverdue(ActionStatus.OPEN, DUE,
                    Clock.fixed(instant, ZoneId.of("Asia/Shanghai")))).isTrue();
            assertThat(ActionDeadline.isOverdue(ActionStatus.OPEN, DUE,
                    Clock.fixed(instant, ZoneId.of("Europe/London")))).isFalse();
        }
    }

    @Test
    void missing_values_are_a_bug() {
        assertThatThrownBy(() -> ActionDeadline.isOverdue(null, DUE, DUE)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ActionDeadline.isOverdue(ActionStatus.OPEN, null, DUE))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ActionDeadline.isOverdue(ActionStatus.OPEN, DUE, (LocalDate) null))
                .isInstanceOf(NullPointerException.class);
    }
}
