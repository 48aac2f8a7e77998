package com.satisfaction.web.complaint;

import com.satisfaction.core.complaint.HandlingTarget;
import com.satisfaction.core.complaint.HandlingTargets;
import com.satisfaction.core.complaint.Severity;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The targets per severity as the configuration gives them, each value left out keeping its default. */
class ComplaintTargetsConfigTest {

    @Test
    void without_configuration_the_targets_are_the_defaults() {
        HandlingTargets targets = bind(Map.of());
        for (Severity severity : Severity.values()) {
            assertThat(targets.of(severity)).isEqualTo(HandlingTargets.defaults().of(severity));
        }
    }

    @Test
    void a_configured_value_replaces_only_its_own_default() {
        HandlingTargets targets = bind(Map.of("satisfaction.complaints.targets.high.acknowledge-within", "12h",
                "satisfaction.complaints.targets.LOW.resolve-within", "45d"));
        assertThat(targets.of(Severity.HIGH)).isEqualTo(new HandlingTarget(Duration.ofHours(12), Duration.ofDays(7)));
        assertThat(targets.of(Severity.LOW)).isEqualTo(new HandlingTarget(Duration.ofHours(72), Duration.ofDays(45)));
        assertThat(targets.of(Severity.CRITICAL)).isEqualTo(HandlingTargets.defaults().of(Severity.CRITICAL));
    }

    @Test
    void a_resolution_target_shorter_than_the_acknowledgement_target_is_refused() {
        assertThatThrownBy(() -> bind(Map.of("satisfaction.complaints.targets.critical.resolve-within", "1h")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be shorter");
    }

    private static HandlingTargets bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("satisfaction.complaints", ComplaintTargetsConfig.TargetProperties.class).toTargets();
    }
}
