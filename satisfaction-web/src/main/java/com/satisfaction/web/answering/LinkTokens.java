package com.satisfaction.web.answering;

import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Makes the tokens of personal survey links: 128 random bits from a SecureRandom, URL-safe Base64
 * without padding (22 characters), so a link can be neither guessed nor enumerated (SPEC §3).
 */
@Component
public class LinkTokens {

    private static final int RANDOM_BYTES = 16;

    private final SecureRandom random = new SecureRandom();

    public String next() {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
