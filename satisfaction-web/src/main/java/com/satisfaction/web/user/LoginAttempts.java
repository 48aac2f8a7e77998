package com.satisfaction.web.user;

import com.satisfaction.persistence.user.UserAccountRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/** Counts wrong passwords per account and locks it for a while once too many come in a row. */
@Service
class LoginAttempts {

    private final UserAccountRepository users;
    private final LoginProperties properties;
    private final Clock clock;

    LoginAttempts(UserAccountRepository users, LoginProperties properties, Clock clock) {
        this.users = users;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    void failed(String username) {
        if (username == null) {
            return;
        }
        users.findByUsername(username).ifPresent(account ->
                account.recordFailedLogin(clock.instant(), properties.maxAttempts(), properties.lockDuration()));
    }

    @Transactional
    boolean succeeded(String username) {
        return users.findByUsername(username)
                .map(account -> {
                    account.recordSuccessfulLogin();
                    return account.isMustChangePassword();
                })
                .orElse(false);
    }

    long lockMinutes() {
        return properties.lockDuration().toMinutes();
    }
}
