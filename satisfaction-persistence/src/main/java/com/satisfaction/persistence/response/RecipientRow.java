package com.satisfaction.persistence.response;

import java.time.Instant;

/** One recipient of a campaign on its page: contact, company, e-mail, language, link token and tracking times. */
public record RecipientRow(long id, String contact, String company, String email, String language, String token,
                           Instant sentAt, Instant openedAt, Instant answeredAt, Instant sendFailedAt) {

    /** The same row without its token, for readers who may not see links. */
    public RecipientRow withoutToken() {
        return new RecipientRow(id, contact, company, email, language, null, sentAt, openedAt, answeredAt, sendFailedAt);
    }

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }
}
