package com.satisfaction.persistence.record;

import java.time.Instant;

/** A complaint a claim may link to, as a choice shows it: number, when it was received, how its description starts. */
public record ComplaintChoice(long id, Instant receivedAt, String excerpt) {
}
