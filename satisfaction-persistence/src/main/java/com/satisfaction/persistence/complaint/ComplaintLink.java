package com.satisfaction.persistence.complaint;

import com.satisfaction.core.complaint.Category;
import com.satisfaction.core.complaint.ComplaintStatus;

import java.time.Instant;

/** A complaint as another page links to it: made from a survey response, say. */
public record ComplaintLink(long id, Instant receivedAt, Category category, ComplaintStatus status, Long questionId) {
}
