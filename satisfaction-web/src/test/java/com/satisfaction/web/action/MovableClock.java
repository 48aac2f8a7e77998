package com.satisfaction.web.action;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock a test sets to a day in Shanghai; no test waits for a deadline to pass. */
final class MovableClock extends Clock {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

    void setDay(LocalDate day) {
        now.set(day.atTime(LocalTime.of(10, 0)).atZone(SHANGHAI).toInstant());
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
