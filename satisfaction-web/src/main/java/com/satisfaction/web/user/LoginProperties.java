package com.satisfaction.web.user;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Login settings: the initial admin password (from {@code SATISFACTION_ADMIN_PASSWORD}; generated and
 * logged once when empty) and how many wrong passwords lock an account for how long.
 */
@ConfigurationProperties("satisfaction.login")
record LoginProperties(String initialAdminPassword, int maxAttempts, Duration lockDuration) {

    LoginProperties {
        if (maxAttempts <= 0) {
            maxAttempts = 5;
        }
        if (lockDuration == null) {
            lockDuration = Duration.ofMinutes(15);
        }
    }
}
