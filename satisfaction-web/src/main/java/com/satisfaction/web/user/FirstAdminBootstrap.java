package com.satisfaction.web.user;

import com.satisfaction.persistence.user.Role;
import com.satisfaction.persistence.user.UserAccount;
import com.satisfaction.persistence.user.UserAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Set;

/**
 * On the very first start (no user at all) creates the {@code admin} account. Its password comes from
 * {@code SATISFACTION_ADMIN_PASSWORD}; without it one is generated, printed once to the log and must
 * be changed at first login. The code holds no default password.
 */
@Component
class FirstAdminBootstrap implements ApplicationRunner {

    static final String ADMIN_USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(FirstAdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final LoginProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    FirstAdminBootstrap(UserAccountRepository users, PasswordEncoder passwordEncoder, LoginProperties properties, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        String configured = properties.initialAdminPassword();
        boolean generated = configured == null || configured.isBlank();
        String password = generated ? generatePassword() : configured;
        UserAccount admin = new UserAccount(ADMIN_USERNAME, "Administrator", passwordEncoder.encode(password),
                Set.of(Role.ADMIN), clock.instant());
        if (generated) {
            admin.assignTemporaryPassword(admin.getPasswordHash());
        }
        users.save(admin);
        if (generated) {
            log.warn("""

                    ==========================================================
                     First start: created user '{}' with generated password
                         {}
                     Log in and change it; it is not shown again.
                    ==========================================================""", ADMIN_USERNAME, password);
        } else {
            log.info("First start: created user '{}' with the password from SATISFACTION_ADMIN_PASSWORD", ADMIN_USERNAME);
        }
    }

    private String generatePassword() {
        StringBuilder password = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
