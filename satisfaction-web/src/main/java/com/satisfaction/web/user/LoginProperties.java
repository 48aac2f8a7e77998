package com.satisfaction.web.user;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Login settings: the initial admin password (from {@code SATISFACTION_ADMIN_PASSWORD}; generated and
 * logged once when empty) and the login throttle.
 */
@ConfigurationProperties("satisfaction.login")
record LoginProperties(String initialAdminPassword, @DefaultValue Throttle throttle) {

    /**
     * How many attempts are checked at once before each next one must wait, per account name and client
     * address together, per account name from anywhere, and per client address for any name; the waits
     * start at {@code firstDelay} and double up to {@code maxDelay}; counts restart after {@code window}
     * without an attempt.
     */
    record Throttle(@DefaultValue("5") int perAccountAndAddress,
                    @DefaultValue("20") int perAccount,
                    @DefaultValue("50") int perAddress,
                    @DefaultValue("10s") Duration firstDelay,
                    @DefaultValue("15m") Duration maxDelay,
                    @DefaultValue("15m") Duration window) {
    }
}
