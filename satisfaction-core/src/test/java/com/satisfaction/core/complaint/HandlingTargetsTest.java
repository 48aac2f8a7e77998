package com.satisfaction.core.complaint;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HandlingTargetsTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-02T08:00:00Z");
    private final HandlingTargets targets = HandlingTargets.defaults();

    @Nested
    class Defaults {

        @Test
        void a_major_complaint_is_acknowledged_within_24_hours_and_resolved_within_7_days() {
            assertThat(targets.of(Severity.HIGH))
                    .isEqualTo(new HandlingTarget(Duration.ofHours(24), Duration.ofDays(7)));
            assertThat(targets.acknowledgeBy(Severity.HIGH, RECEIVED)).isEqualTo(Instant.parse("2026-03-03T08:00:00Z"));
            assertThat(targets.resolveBy(Severity.HIGH, RECEIVED)).isEqualTo(Instant.parse("2026-03-09T08:00:00Z"));
        }

        @Test
        void every_severity_has_a_target() {
            for (Severity severity : Severity.values()) {
                assertThat(targets.of(severity)).isNotNull();
            }
        }
    }

    @Nested
    class Overdue {

        @Test
        void an_unacknowledged_complaint_is_overdue_only_after_its_deadline() {
            Instant deadline = Instant.parse("2026-03-03T08:00:00Z");
            assertThat(targets.overdue(Severity.HIGH, RECEIVED, Optional.empty(), Optional.empty(), deadline)).isFalse();
            assertThat(targets.overdue(Severity.HIGH, RECEIVED, Optional.empty(), Optional.empty(),
                    deadline.plusSeconds(1))).isTrue();
        }

        @Test
        void an_acknowledged_complaint_is_overdue_once_its_resolution_deadline_passes() {
            Optional<Instant> acknowledged = Optional.of(RECEIVED.plusSeconds(3600));
            Instant resolveBy = Instant.parse("2026-03-09T08:00:00Z");
            assertThat(targets.overdue(Severity.HIGH, RECEIVED, acknowledged, Optional.empty(), resolveBy)).isFalse();
            assertThat(targets.overdue(Severity.HIGH, RECEIVED, acknowledged, Optional.empty(),
                    resolveBy.plusSeconds(1))).isTrue();
        }

        @Test
        void a_resolved_complaint_is_never_overdue_even_if_it_was_late() {
            assertThat(targets.overdue(Severity.CRITICAL, RECEIVED, Optional.empty(),
                    Optional.of(RECEIVED.plus(Duration.ofDays(40))), RECEIVED.plus(Duration.ofDays(50)))).isFalse();
        }
    }

    @Nested
    class Configuration {

        @Test
        void a_missing_severity_is_refused() {
            assertThatThrownBy(() -> HandlingTargets.of(Map.of(Severity.LOW,
                    new HandlingTarget(Duration.ofHours(1), Duration.ofDays(1)))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MEDIUM");
        }

        @Test
        void a_target_must_be_positive_and_resolve_no_sooner_than_acknowledge() {
            assertThatThrownBy(() -> new HandlingTarget(Duration.ZERO, Duration.ofDays(1)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new HandlingTarget(Duration.ofHours(-1), Duration.ofDays(1)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new HandlingTarget(Duration.ofDays(2), Duration.ofDays(1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("resolveWithin");
        }
    }
}
