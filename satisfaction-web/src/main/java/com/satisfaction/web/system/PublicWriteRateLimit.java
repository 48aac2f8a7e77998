package com.satisfaction.web.system;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Limits the writes anyone can make without an account — survey answers and login attempts — per client
 * address and minute (Bucket4j token buckets, refilled greedily). Generous enough for a customer company
 * answering behind one NAT; a flood gets a clear 429 page in the page's language with Retry-After. The
 * buckets live in this instance's memory: with several instances each allows the limit.
 */
class PublicWriteRateLimit extends OncePerRequestFilter {

    /** Beyond this many addresses idle buckets are dropped, so a spray of addresses cannot fill the memory. */
    private static final int MAX_TRACKED_ADDRESSES = 100_000;

    private final int writesPerMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    PublicWriteRateLimit(int writesPerMinute) {
        this.writesPerMinute = writesPerMinute;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !(PublicPages.isSurveyLink(request) || "/login".equals(PublicPages.pathOf(request)));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (buckets.size() > MAX_TRACKED_ADDRESSES) {
            buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= writesPerMinute);
        }
        ConsumptionProbe probe = buckets.computeIfAbsent(request.getRemoteAddr(), address -> newBucket())
                .tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        PublicPages.speakPostedLanguage(request);
        response.setHeader("Retry-After",
                String.valueOf(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()))));
        response.sendError(429);
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(writesPerMinute).refillGreedy(writesPerMinute, Duration.ofMinutes(1)))
                .build();
    }
}
