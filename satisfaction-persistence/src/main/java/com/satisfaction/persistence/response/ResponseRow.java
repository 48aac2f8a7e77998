package com.satisfaction.persistence.response;

import java.math.BigDecimal;
import java.time.Instant;

/** One line of a survey's response list; {@code enteredBy} is null for answers given online. */
public record ResponseRow(long id, Instant submittedAt, String language, String recipientLabel, String enteredBy,
                          BigDecimal surveyScore) {
}
