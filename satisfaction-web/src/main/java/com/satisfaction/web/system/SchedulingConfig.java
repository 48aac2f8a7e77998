package com.satisfaction.web.system;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The scheduled jobs (mail outbox worker, reminders and closing of campaigns, forgetting idle login-throttle keys)
 * run unless {@code satisfaction.scheduling.enabled=false}; tests switch them off and run each job themselves.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "satisfaction.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfig {
}
