package com.satisfaction.web;

import com.satisfaction.persistence.user.Role;
import com.satisfaction.persistence.user.UserAccount;
import com.satisfaction.persistence.user.UserAccountRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Creates user accounts with unique names for tests that share the database. */
@Component
public class TestAccounts {

    public static final String PASSWORD = "correct-horse-battery";

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;

    public TestAccounts(UserAccountRepository users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    public UserAccount create(Role... roles) {
        String name = "u" + UUID.randomUUID().toString().substring(0, 8);
        return users.save(new UserAccount(name, "Test " + name, encoder.encode(PASSWORD), Set.of(roles), Instant.now()));
    }
}
