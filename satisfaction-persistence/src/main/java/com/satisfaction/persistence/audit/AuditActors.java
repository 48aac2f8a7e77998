package com.satisfaction.persistence.audit;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Who is acting, for the audit trail. Envers instantiates its revision listener itself, outside the application
 * context, so the web layer registers once, at start-up, where the signed-in user's name comes from; work that runs
 * for a user on another thread (an import confirmed by a manager) names that user with {@link #runAs}. Anything
 * else (scheduled jobs) is recorded as {@value #SYSTEM}.
 */
public final class AuditActors {

    public static final String SYSTEM = "system";

    private static volatile Supplier<String> signedIn = () -> null;
    private static final ThreadLocal<String> acting = new ThreadLocal<>();

    private AuditActors() {
    }

    /** Where the signed-in user's name comes from; the supplier answers null when nobody is signed in. */
    public static void useSignedInUserFrom(Supplier<String> supplier) {
        signedIn = Objects.requireNonNull(supplier, "supplier");
    }

    /** Runs {@code work} on this thread on behalf of {@code actor}. */
    public static <T> T runAs(String actor, Supplier<T> work) {
        String previous = acting.get();
        acting.set(Objects.requireNonNull(actor, "actor"));
        try {
            return work.get();
        } finally {
            if (previous == null) {
                acting.remove();
            } else {
                acting.set(previous);
            }
        }
    }

    /** Runs {@code work} on this thread on behalf of {@code actor}. */
    public static void runAs(String actor, Runnable work) {
        runAs(actor, () -> {
            work.run();
            return null;
        });
    }

    /** Who is acting on this thread now: a {@link #runAs} actor, else the signed-in user, else {@value #SYSTEM}. */
    public static String current() {
        String actor = acting.get();
        if (actor == null) {
            actor = signedIn.get();
        }
        return actor == null ? SYSTEM : actor;
    }
}
