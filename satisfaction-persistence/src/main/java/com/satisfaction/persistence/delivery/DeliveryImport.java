package com.satisfaction.persistence.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An uploaded ERP file of deliveries and returns, decoded to UTF-8, kept between its preview and its confirmation, with the progress
 * of its import. Progress is changed by the repository's update statements, so this entity is only ever inserted.
 */
@Entity
@Table(name = "delivery_import")
public class DeliveryImport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "file_name", length = 255)
    private String fileName;

    @Column(nullable = false, length = 40)
    private String charset;

    @Column(nullable = false)
    private byte[] content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DeliveryImportStatus status = DeliveryImportStatus.UPLOADED;

    @Column(name = "total_rows", nullable = false)
    private int totalRows;

    @Column(name = "rows_done", nullable = false)
    private int rowsDone;

    @Column(name = "created_count", nullable = false)
    private int createdCount;

    @Column(name = "updated_count", nullable = false)
    private int updatedCount;

    @Column(name = "unchanged_count", nullable = false)
    private int unchangedCount;

    @Column(name = "skipped_count", nullable = false)
    private int skippedCount;

    @Column(name = "problem_count")
    private Integer problemCount;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected DeliveryImport() {
    }

    public DeliveryImport(String createdBy, Instant createdAt, String fileName, String charset, byte[] utf8Content,
                          int totalRows) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.fileName = fileName;
        this.charset = charset;
        this.content = utf8Content.clone();
        this.totalRows = totalRows;
    }

    public Long getId() {
        return id;
    }
}
