package com.satisfaction.persistence.user;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;

/**
 * Counts login attempts per key with single SQL statements, so that parallel attempts are counted one by
 * one under the row's lock and none can slip past the count (a read-modify-write in Java could).
 * Times are epoch milliseconds.
 */
public interface LoginThrottleRepository extends JpaRepository<LoginThrottle, String> {

    /** Makes sure the key has a row; does nothing when it has one. */
    @Modifying(clearAutomatically = true)
    @Query(value = "INSERT INTO login_throttle (throttle_key, attempts, last_attempt_at, next_allowed_at) "
            + "VALUES (:key, 0, 0, 0) ON CONFLICT DO NOTHING", nativeQuery = true)
    void ensureExists(@Param("key") String key);

    /**
     * Counts one attempt under {@code key} if the key is not waiting out a delay, and returns 1; returns 0
     * (and counts nothing) while it is. The count restarts when the last attempt is older than
     * {@code windowStart}. Once the count reaches {@code free}, each attempt makes the next one wait
     * {@code baseDelay × 2^(count − free)} milliseconds, at most {@code maxDelay}.
     */
    @Modifying(clearAutomatically = true)
    @Query(value = """
            UPDATE login_throttle
            SET attempts = CASE WHEN last_attempt_at < :windowStart THEN 1 ELSE attempts + 1 END,
                next_allowed_at = CASE
                    WHEN (CASE WHEN last_attempt_at < :windowStart THEN 1 ELSE attempts + 1 END) < :free THEN :now
                    ELSE :now + LEAST(:maxDelay, :baseDelay * CAST(POWER(2, LEAST(
                        (CASE WHEN last_attempt_at < :windowStart THEN 1 ELSE attempts + 1 END) - :free, 30)) AS BIGINT))
                    END,
                last_attempt_at = :now
            WHERE throttle_key = :key AND next_allowed_at <= :now
            """, nativeQuery = true)
    int countAttempt(@Param("key") String key, @Param("now") long now, @Param("windowStart") long windowStart,
                     @Param("free") int free, @Param("baseDelay") long baseDelay, @Param("maxDelay") long maxDelay);

    /** Forgets the attempts under these keys (after a successful login). */
    @Modifying(clearAutomatically = true)
    @Query(value = "UPDATE login_throttle SET attempts = 0, next_allowed_at = 0 WHERE throttle_key IN (:keys)",
            nativeQuery = true)
    void forget(@Param("keys") Collection<String> keys);

    /** Deletes keys without an attempt since {@code before}. */
    @Modifying(clearAutomatically = true)
    @Query(value = "DELETE FROM login_throttle WHERE last_attempt_at < :before AND next_allowed_at < :before",
            nativeQuery = true)
    int deleteIdleSince(@Param("before") long before);
}
