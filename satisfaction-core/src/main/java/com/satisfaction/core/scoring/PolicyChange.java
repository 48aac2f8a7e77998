package com.satisfaction.core.scoring;

import java.util.Objects;

/**
 * One value that differs between two policies, as written in their {@linkplain PolicyText text}.
 *
 * @param key    the value
 * @param before its value in the older policy, e.g. {@code 85}
 * @param after  its value in the newer policy, e.g. {@code 80}
 */
public record PolicyChange(PolicyKey key, String before, String after) {

    /** Creates a change. */
    public PolicyChange {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** {@code key: before → after}, e.g. {@code satisfiedFrom: 85 → 80}. */
    @Override
    public String toString() {
        return key.key() + ": " + before + " → " + after;
    }
}
