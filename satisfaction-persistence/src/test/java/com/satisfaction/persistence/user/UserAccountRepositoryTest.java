package com.satisfaction.persistence.user;

import com.satisfaction.persistence.testdb.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(initializers = PostgresTestDatabase.Initializer.class)
class UserAccountRepositoryTest {

    @Autowired
    UserAccountRepository users;

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
    void an_account_locks_after_the_allowed_number_of_wrong_passwords() {
        Instant now = Instant.parse("2026-11-22T10:00:00Z");
        UserAccount account = new UserAccount("dan", "Dan", "{noop}x", Set.of(Role.EXECUTIVE), now);
        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin(now, 5, Duration.ofMinutes(15));
        }
        assertThat(account.isLockedAt(now)).isFalse();

        account.recordFailedLogin(now, 5, Duration.ofMinutes(15));
        users.saveAndFlush(account);

        UserAccount stored = users.findByUsername("dan").orElseThrow();
        assertThat(stored.isLockedAt(now.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(stored.isLockedAt(now.plus(Duration.ofMinutes(15)))).isFalse();
    }
}
