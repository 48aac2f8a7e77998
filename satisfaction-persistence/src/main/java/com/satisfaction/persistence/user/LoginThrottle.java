package com.satisfaction.persistence.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The login attempts counted under one key (an account name as typed, a client address, or both). Only
 * {@link LoginThrottleRepository}'s statements change it, so that counting is atomic in SQL.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    @Id
    @Column(name = "throttle_key", length = 200)
    private String key;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_attempt_at", nullable = false)
    private long lastAttemptAt;

    @Column(name = "next_allowed_at", nullable = false)
    private long nextAllowedAt;

    protected LoginThrottle() {
    }

    public String getKey() {
        return key;
    }

    public int getAttempts() {
        return attempts;
    }

    /** Epoch milliseconds before which no attempt under this key is checked. */
    public long getNextAllowedAt() {
        return nextAllowedAt;
    }
}
