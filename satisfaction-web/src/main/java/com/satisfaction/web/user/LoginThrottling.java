package com.satisfaction.web.user;

import com.satisfaction.persistence.user.LoginThrottleRepository;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Login throttling after OWASP ASVS 2.2.1: instead of a hard lock that anyone could trigger against any
 * account, each attempt is counted under three keys — the name with the client address, the name from
 * anywhere, the address for any name — and once a key has used its free attempts each next attempt must
 * wait twice as long as the one before. The keys never depend on whether the account exists, so known
 * and unknown names are answered alike; a guesser at one address slows down only himself.
 */
@Service
public class LoginThrottling {

    private static final int MAX_NAME_LENGTH = 100;

    private final LoginThrottleRepository throttles;
    private final LoginProperties.Throttle settings;
    private final Clock clock;

    LoginThrottling(LoginThrottleRepository throttles, LoginProperties properties, Clock clock) {
        this.throttles = throttles;
        this.settings = properties.throttle();
        this.clock = clock;
    }

    /**
     * Counts an attempt to log in as {@code username} from {@code address}; false (and nothing counted)
     * when one of its keys is waiting out a delay, so the password must not be checked.
     */
    @Transactional
    public boolean allowsAttempt(String username, String address) {
        long now = clock.millis();
        long windowStart = now - settings.window().toMillis();
        for (Key key : keys(username, address)) {
            throttles.ensureExists(key.name());
            if (throttles.countAttempt(key.name(), now, windowStart, key.free(), settings.firstDelay().toMillis(),
                    settings.maxDelay().toMillis()) == 0) {
                TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
                return false;
            }
        }
        return true;
    }

    /** The right password: the name's attempts are forgotten (the address's are not). */
    @Transactional
    public void succeeded(String username, String address) {
        throttles.forget(keys(username, address).stream().filter(Key::forgottenOnSuccess).map(Key::name).toList());
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1H")
    @Transactional
    public void forgetIdleKeys() {
        throttles.deleteIdleSince(clock.millis() - Duration.ofDays(1).toMillis());
    }

    /** Always in this order, so that parallel attempts lock the rows in the same order. */
    private List<Key> keys(String username, String address) {
        String name = normalised(username);
        return List.of(
                new Key("address:" + address, settings.perAddress(), false),
                new Key("account:" + name, settings.perAccount(), true),
                new Key("account:" + name + "|address:" + address, settings.perAccountAndAddress(), true));
    }

    private static String normalised(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > MAX_NAME_LENGTH ? name.substring(0, MAX_NAME_LENGTH) : name;
    }

    private record Key(String name, int free, boolean forgottenOnSuccess) {
    }
}
