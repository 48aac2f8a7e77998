package com.satisfaction.web.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The application's clock while the demo is on: the system's, except on the thread filling the demo data while it
 * stands at a moment of a past half-year. The services stamp "now" from the clock (a response's submission, a
 * campaign's creation, a complaint's steps) and refuse answers to a closed campaign, so the past is filled by moving
 * this one thread's clock rather than by rewriting timestamps afterwards: every row is stamped as the service would
 * have stamped it then, and requests and scheduled jobs on other threads keep the real time.
 */
final class DemoClock extends Clock {

    private final Clock system;
    private final ThreadLocal<Instant> pinned;

    DemoClock(Clock system) {
        this(system, new ThreadLocal<>());
    }

    private DemoClock(Clock system, ThreadLocal<Instant> pinned) {
        this.system = system;
        this.pinned = pinned;
    }

    /** Runs {@code work} on this thread with the clock standing at {@code moment}. */
    <T> T at(Instant moment, Supplier<T> work) {
        Instant before = pinned.get();
        pinned.set(moment);
        try {
            return work.get();
        } finally {
            if (before == null) {
                pinned.remove();
            } else {
                pinned.set(before);
            }
        }
    }

    @Override
    public Instant instant() {
        Instant moment = pinned.get();
        return moment == null ? system.instant() : moment;
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new DemoClock(system.withZone(zone), pinned);
    }
}
