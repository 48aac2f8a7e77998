package com.satisfaction.web.survey;

import com.satisfaction.core.survey.Language;
import com.satisfaction.persistence.response.Recipient;

import java.time.Instant;

/** A test link on a survey's page: whom it is for, its public address and what became of it. */
record TestLinkRow(long id, String label, Language language, String url, Instant createdAt, Instant openedAt,
                   Instant answeredAt) {

    static TestLinkRow of(Recipient recipient, String url) {
        return new TestLinkRow(recipient.getId(), recipient.getLabel(), recipient.language(), url,
                recipient.getCreatedAt(), recipient.getOpenedAt(), recipient.getAnsweredAt());
    }
}
