package com.satisfaction.persistence.report;

import org.springframework.data.repository.Repository;

import java.util.Optional;

/** Half-year reports' conclusions and the report's reads (see {@link PeriodReportQueries}). */
public interface PeriodReportRepository extends Repository<PeriodReportRecord, String>, PeriodReportQueries {

    Optional<PeriodReportRecord> findById(String period);
}
