package com.satisfaction.core.complaint;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HandlingTimesTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-02T08:00:00Z");
    private static final HandlingTarget MAJOR = HandlingTargets.defaults().of(Severity.HIGH);

    @Nested
    class Response_time {

        @Test
        void runs_from_received_to_the_first_acknowledgement() {
            HandlingTimes times = HandlingTimes.of(RECEIVED, RECEIVED.plus(Duration.ofHours(5).plusMinutes(30)), null);
            assertThat(times.responseTime()).contains(Duration.ofMinutes(330));
            assertThat(times.respondedWithin(MAJOR)).contains(true);
        }

        @Test
        void is_late_past_the_target_and_in_time_exactly_at_it() {
            assertThat(HandlingTimes.of(RECEIVED, RECEIVED.plus(Duration.ofHours(24)), null).respondedWithin(MAJOR))
                    .contains(true);
            assertThat(HandlingTimes.of(RECEIVED, RECEIVED.plus(Duration.ofHours(24)).plusSeconds(1), null)
                    .respondedWithin(MAJOR)).contains(false);
        }

        @Test
        void is_unknown_until_acknowledged() {
            HandlingTimes times = HandlingTimes.of(RECEIVED, null, null);
            assertThat(times.responseTime()).isEmpty();
            assertThat(times.respondedWithin(MAJOR)).isEmpty();
        }
    }

    @Nested
    class Resolution_time {

        @Test
        void runs_from_received_to_resolved() {
            HandlingTimes times = HandlingTimes.of(RECEIVED, RECEIVED.plusSeconds(60), RECEIVED.plus(Duration.ofDays(6)));
            assertThat(times.resolutionTime()).contains(Duration.ofDays(6));
            assertThat(times.resolvedWithin(MAJOR)).contains(true);
        }

        @Test
        void is_late_past_the_target() {
            HandlingTimes times = HandlingTimes.of(RECEIVED, RECEIVED.plusSeconds(60), RECEIVED.plus(Duration.ofDays(8)));
            assertThat(times.resolvedWithin(MAJOR)).contains(false);
        }

        @Test
        void is_unknown_while_not_resolved() {
            HandlingTimes times = HandlingTimes.of(RECEIVED, RECEIVED.plusSeconds(60), null);
            assertThat(times.resolutionTime()).isEmpty();
            assertThat(times.resolvedWithin(MAJOR)).isEmpty();
        }
    }

    @Nested
    class Overdue {

        private final HandlingTargets targets = HandlingTargets.defaults();

        @Test
        void follows_the_targets_rule() {
            HandlingTimes waiting = HandlingTimes.of(RECEIVED, null, null);
            assertThat(waiting.overdue(targets, Severity.HIGH, RECEIVED.plus(Duration.ofHours(24)))).isFalse();
            assertThat(waiting.overdue(targets, Severity.HIGH, RECEIVED.plus(Duration.ofHours(25)))).isTrue();
            HandlingTimes resolved = HandlingTimes.of(RECEIVED, RECEIVED.plusSeconds(60), RECEIVED.plus(Duration.ofDays(30)));
            assertThat(resolved.overdue(targets, Severity.HIGH, RECEIVED.plus(Duration.ofDays(40)))).isFalse();
        }
    }

    @Test
    void needs_its_three_parts() {
        assertThatThrownBy(() -> new HandlingTimes(null, Optional.empty(), Optional.empty()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new HandlingTimes(RECEIVED, null, Optional.empty()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new HandlingTimes(RECEIVED, Optional.empty(), null))
                .isInstanceOf(NullPointerException.class);
    }
}
