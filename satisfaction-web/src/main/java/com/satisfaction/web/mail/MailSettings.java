package com.satisfaction.web.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The mail settings in force: the SMTP server Spring Mail uses ({@code spring.mail.*}; none = outbox mode), the
 * sender address and the public address of the application that links in mails start with. Never the password.
 */
@Component
public class MailSettings {

    private final String host;
    private final int port;
    private final String username;
    private final String from;
    private final String publicUrl;

    MailSettings(@Value("${spring.mail.host:}") String host, @Value("${spring.mail.port:25}") int port,
                 @Value("${spring.mail.username:}") String username,
                 @Value("${satisfaction.mail.from:satisfaction@localhost}") String from,
                 @Value("${satisfaction.public-url:http://localhost:8080}") String publicUrl) {
        this.host = host;
        this.port = port;
        this.username = username;
        this.from = from;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Whether a mail server is configured; without one mails stay in the outbox page. */
    public boolean hasServer() {
        return !host.isBlank();
    }

    public String getHost() {
        return host;
    }

    public int getPort() {
        return port;
    }

    public String getUsername() {
        return username;
    }

    public String getFrom() {
        return from;
    }

    public String getPublicUrl() {
        return publicUrl;
    }

    /** The personal link of {@code token} as customers open it. */
    public String linkOf(String token) {
        return publicUrl + "/s/" + token;
    }
}
