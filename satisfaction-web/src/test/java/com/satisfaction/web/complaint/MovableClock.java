package com.satisfaction.web.complaint;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock a test sets and moves, in Shanghai time; no test sleeps. */
final class MovableClock extends Clock {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

    void set(LocalDateTime localTime) {
        now.set(localTime.atZone(SHANGHAI).toInstant());
    }

    void advance(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }

    @Override
    public ZoneId getZone() {
        return SHANGHAI;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
