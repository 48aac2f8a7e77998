package com.satisfaction.web.survey;

import com.satisfaction.core.survey.Language;
import com.satisfaction.persistence.response.Recipient;

import java.time.Instant;

/**
 * A test link on a survey's page: whom it is for, its public address and what became of it. The token is
 * the customer's credential: where the reader's role may not use links, {@code url} is null and
 * {@code address} shows the token masked, so the page holds no token at all.
 */
record TestLinkRow(long id, String label, Language language, String url, String address, Instant createdAt,
                   Instant openedAt, Instant answeredAt) {

    /** What stands for the token where it must not be shown. */
    static final String MASKED_TOKEN = "••••••••";

    /** {@code linkBase} is the public address the token follows, e.g. {@code https://host/s/}. */
    static TestLinkRow of(Recipient recipient, String linkBase, boolean tokenVisible) {
        String url = tokenVisible ? linkBase + recipient.getToken() : null;
        return new TestLinkRow(recipient.getId(), recipient.getLabel(), recipient.language(), url,
                tokenVisible ? url : linkBase + MASKED_TOKEN, recipient.getCreatedAt(), recipient.getOpenedAt(),
                recipient.getAnsweredAt());
    }
}
