package com.satisfaction.web.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keeps a burst of customers from crowding out the managers: survey-link requests work with at most
 * {@code concurrent} database connections at a time (fewer than the pool holds, so a manager's page always
 * finds one), wait their turn in order, and when the waiting room is full or the wait too long get the
 * "busy, try again" page at once — which carries what they posted, so nothing typed is lost — instead of
 * occupying every server thread.
 */
class PublicLinkBulkhead extends OncePerRequestFilter {

    private final Semaphore permits;
    private final int waitingRoom;
    private final Duration longestWait;
    private final AtomicInteger waiting = new AtomicInteger();

    PublicLinkBulkhead(int concurrent, int waitingRoom, Duration longestWait) {
        this.permits = new Semaphore(concurrent, true);
        this.waitingRoom = waitingRoom;
        this.longestWait = longestWait;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !PublicPages.isSurveyLink(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!enter()) {
            PublicPages.speakPostedLanguage(request);
            request.setAttribute(Repost.ATTRIBUTE, Repost.of(request));
            response.setHeader("Retry-After", "5");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }

    private boolean enter() {
        if (permits.tryAcquire()) {
            return true;
        }
        if (waiting.incrementAndGet() > waitingRoom) {
            waiting.decrementAndGet();
            return false;
        }
        try {
            return permits.tryAcquire(longestWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            waiting.decrementAndGet();
        }
    }
}
