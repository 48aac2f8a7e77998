package com.satisfaction.persistence.delivery;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.Optional;

public interface DeliveryImportRepository extends JpaRepository<DeliveryImport, Long>, ImportContent {

    @Query("""
            select new com.satisfaction.persistence.delivery.DeliveryImportProgress(i.id, i.createdBy, i.createdAt,
                i.fileName, i.charset, i.status, i.totalRows, i.rowsDone, i.createdCount, i.updatedCount,
                i.unchangedCount, i.skippedCount, i.finishedAt)
            from DeliveryImport i where i.id = :id""")
    Optional<DeliveryImportProgress> progressOf(@Param("id") long id);

    /** Records how many problems the latest preview of a waiting file found. */
    @Modifying
    @Query("update DeliveryImport i set i.problemCount = :problems where i.id = :id and i.status = 'UPLOADED'")
    void previewed(@Param("id") long id, @Param("problems") int problems);

    /**
     * Claims an uploaded file for importing when its latest preview found rows and no problem; 0 when it is not (or
     * no longer) waiting or was not previewed clean, so it runs at most once and never with bad rows.
     */
    @Modifying
    @Query("""
            update DeliveryImport i set i.status = 'RUNNING'
            where i.id = :id and i.status = 'UPLOADED' and i.problemCount = 0 and i.totalRows > 0""")
    int start(@Param("id") long id);

    @Modifying
    @Query("""
            update DeliveryImport i set i.rowsDone = i.rowsDone + :rows, i.createdCount = i.createdCount + :created,
                i.updatedCount = i.updatedCount + :updated, i.unchangedCount = i.unchangedCount + :unchanged,
                i.skippedCount = i.skippedCount + :skipped
            where i.id = :id""")
    void advance(@Param("id") long id, @Param("rows") int rows, @Param("created") int created,
                 @Param("updated") int updated, @Param("unchanged") int unchanged, @Param("skipped") int skipped);

    @Modifying
    @Query("update DeliveryImport i set i.status = :status, i.finishedAt = :at where i.id = :id")
    void finish(@Param("id") long id, @Param("status") DeliveryImportStatus status, @Param("at") Instant at);
}
