package com.satisfaction.web.complaint;

import com.satisfaction.core.complaint.HandlingTarget;
import com.satisfaction.core.complaint.HandlingTargets;
import com.satisfaction.core.complaint.Severity;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The response and resolution targets per severity, from {@code satisfaction.complaints.targets.<severity>.*}
 * ({@code acknowledge-within=24h}, {@code resolve-within=7d}; a severity or a value left out keeps its default from
 * {@link HandlingTargets#defaults()}), as the one {@link HandlingTargets} bean that complaint handling and the
 * complaint statistics use. A resolution target shorter than its acknowledgement target stops the start.
 */
@Configuration
@EnableConfigurationProperties(ComplaintTargetsConfig.TargetProperties.class)
public class ComplaintTargetsConfig {

    @Bean
    HandlingTargets handlingTargets(TargetProperties properties) {
        return properties.toTargets();
    }

    /** {@code satisfaction.complaints.targets.high.acknowledge-within=24h} and so on. */
    @ConfigurationProperties("satisfaction.complaints")
    record TargetProperties(Map<Severity, Target> targets) {

        record Target(Duration acknowledgeWithin, Duration resolveWithin) {
        }

        HandlingTargets toTargets() {
            HandlingTargets defaults = HandlingTargets.defaults();
            Map<Severity, HandlingTarget> all = new EnumMap<>(Severity.class);
            for (Severity severity : Severity.values()) {
                HandlingTarget fallback = defaults.of(severity);
                Target configured = targets == null ? null : targets.get(severity);
                all.put(severity, new HandlingTarget(
                        configured == null || configured.acknowledgeWithin() == null
                                ? fallback.acknowledgeWithin() : configured.acknowledgeWithin(),
                        configured == null || configured.resolveWithin() == null
                                ? fallback.resolveWithin() : configured.resolveWithin()));
            }
            return HandlingTargets.of(all);
        }
    }
}
