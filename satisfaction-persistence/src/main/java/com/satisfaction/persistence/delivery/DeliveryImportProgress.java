package com.satisfaction.persistence.delivery;

import java.time.Instant;

/**
 * What an ERP import's page shows of it, read without its file. Skipped rows are those that had become bad between
 * the preview and their batch (a per-period total typed for their customer and period in the meantime).
 */
public record DeliveryImportProgress(long id, String createdBy, Instant createdAt, String fileName, String charset,
                                     DeliveryImportStatus status, int totalRows, int rowsDone, int createdCount,
                                     int updatedCount, int unchangedCount, int skippedCount, Instant finishedAt) {
}
