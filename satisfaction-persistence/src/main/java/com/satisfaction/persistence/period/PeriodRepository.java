package com.satisfaction.persistence.period;

import org.springframework.data.repository.Repository;

import java.util.Optional;

/** Periods, their snapshots and log, and the aggregates their live scores come from (see {@link PeriodQueries}). */
public interface PeriodRepository extends Repository<PeriodRecord, String>, PeriodQueries {

    Optional<PeriodRecord> findById(String id);
}
