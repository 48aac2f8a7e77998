package com.satisfaction.persistence.period;

import com.satisfaction.core.scoring.Score;

import java.time.Instant;
import java.util.Objects;

/**
 * The period-wide part of a snapshot: when and by whom it was taken, its SHA-256, the policy in force (version and
 * canonical text) with the targets, the counts, and the waiver if the close rested on one.
 *
 * @param id                 the snapshot's id (0 before it is stored)
 * @param period             the period, e.g. {@code 2026-H1}
 * @param takenAt            when the period was closed
 * @param takenBy            who closed it
 * @param sha256             the SHA-256 of the canonical text (empty before it is computed)
 * @param policyVersion      the scoring policy's version
 * @param policyText         the scoring policy's canonical text
 * @param satisfactionTarget the satisfaction-rate target in %
 * @param responseTarget     the response-rate target in %
 * @param counts             the counts of the figures
 * @param waiverBy           who waived the gate, or null
 * @param waiverReason       why, or null
 */
public record SnapshotHeader(long id, String period, Instant takenAt, String takenBy, String sha256,
                             String policyVersion, String policyText, Score satisfactionTarget, Score responseTarget,
                             PeriodCounts counts, String waiverBy, String waiverReason) {

    public SnapshotHeader {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(counts, "counts");
    }

    public SnapshotHeader withIdAndHash(long newId, String hash) {
        return new SnapshotHeader(newId, period, takenAt, takenBy, hash, policyVersion, policyText, satisfactionTarget,
                responseTarget, counts, waiverBy, waiverReason);
    }

    public boolean waived() {
        return waiverBy != null;
    }
}
