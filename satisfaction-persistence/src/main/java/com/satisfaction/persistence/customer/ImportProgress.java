package com.satisfaction.persistence.customer;

import java.time.Instant;

/** What an import's page shows of it, read without its file. */
public record ImportProgress(long id, String createdBy, Instant createdAt, String fileName, String charset,
                             CustomerImportStatus status, int totalRows, int rowsDone, int createdCount,
                             int updatedCount, int unchangedCount, Instant finishedAt) {
}
