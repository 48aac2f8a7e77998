package com.satisfaction.persistence.user;

import com.satisfaction.persistence.testdb.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.ContextConfiguration;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(initializers = PostgresTestDatabase.Initializer.class)
class UserAccountRepositoryTest {

    @Autowired
    UserAccountRepository users;

    @Autowired
    LoginThrottleRepository throttles;

    @Test
    void only_enabled_admins_are_active_admins() {
        int before = users.lockActiveAdmins().size();
        users.save(new UserAccount("ann", "Ann", "{noop}x", Set.of(Role.ADMIN, Role.EXECUTIVE), Instant.now()));
        UserAccount disabled = new UserAccount("bob", "Bob", "{noop}x", Set.of(Role.ADMIN), Instant.now());
        disabled.setEnabled(false);
        users.save(disabled);
        users.save(new UserAccount("cat", "Cat", "{noop}x", Set.of(Role.QUALITY_MANAGER), Instant.now()));

        assertThat(users.lockActiveAdmins()).extracting(UserAccount::getUsername).contains("ann").doesNotContain("bob", "cat")
                .hasSize(before + 1);
    }

    @Test
    void a_key_allows_its_free_attempts_then_makes_each_next_one_wait_twice_as_long() {
        long now = 1_000_000L;
        throttles.ensureExists("pair:dan");
        throttles.ensureExists("pair:dan");
        for (int i = 0; i < 5; i++) {
            assertThat(throttles.countAttempt("pair:dan", now, now - 900_000, 5, 1_000, 60_000)).isOne();
        }
        assertThat(throttles.countAttempt("pair:dan", now, now - 900_000, 5, 1_000, 60_000)).isZero();
        assertThat(throttles.countAttempt("pair:dan", now + 999, now - 900_000, 5, 1_000, 60_000)).isZero();
        assertThat(throttles.countAttempt("pair:dan", now + 1_000, now - 900_000, 5, 1_000, 60_000)).isOne();
        assertThat(throttles.countAttempt("pair:dan", now + 2_999, now - 900_000, 5, 1_000, 60_000)).isZero();
        assertThat(throttles.countAttempt("pair:dan", now + 3_000, now - 900_000, 5, 1_000, 60_000)).isOne();
        throttles.flush();
        assertThat(throttles.findById("pair:dan").orElseThrow().getAttempts()).isEqualTo(7);

        throttles.forget(java.util.List.of("pair:dan"));
        throttles.flush();
        assertThat(throttles.countAttempt("pair:dan", now + 3_001, now - 900_000, 5, 1_000, 60_000)).isOne();
    }

    @Test
    void the_delay_never_exceeds_its_maximum_and_the_count_restarts_after_the_window() {
        long now = 5_000_000L;
        throttles.ensureExists("addr:x");
        for (int i = 0; i < 40; i++) {
            long at = now + i * 60_000L;
            assertThat(throttles.countAttempt("addr:x", at, at - 900_000, 1, 1_000, 60_000)).isOne();
        }
        assertThat(throttles.findById("addr:x").orElseThrow().getNextAllowedAt() - (now + 39 * 60_000L))
                .isEqualTo(60_000);

        long later = now + 39 * 60_000L + 900_001;
        assertThat(throttles.countAttempt("addr:x", later, later - 900_000, 1, 1_000, 60_000)).isOne();
        throttles.flush();
        assertThat(throttles.findById("addr:x").orElseThrow().getAttempts()).isOne();
    }
}
