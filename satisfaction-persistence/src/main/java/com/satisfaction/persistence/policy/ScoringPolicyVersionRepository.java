package com.satisfaction.persistence.policy;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface ScoringPolicyVersionRepository extends JpaRepository<ScoringPolicyVersion, Long> {

    /** The version in force: the highest number. */
    Optional<ScoringPolicyVersion> findFirstByOrderByNumberDesc();

    Optional<ScoringPolicyVersion> findByNumber(int number);

    /** The history, newest first, paged by the database. */
    Page<ScoringPolicyVersion> findAllByOrderByNumberDesc(Pageable pageable);
}
