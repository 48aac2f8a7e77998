package com.satisfaction.persistence.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The report's statements in SQL. Periods are written {@code 2026-H1}. */
public interface PeriodReportQueries {

    /** Whether the period's conclusion is signed off, its row locked until the transaction ends; empty: no row. */
    Optional<Boolean> lockSigned(String period);

    /** Makes the period's empty, unsigned conclusion unless it exists; a concurrent maker waits, then does nothing. */
    void createIfAbsent(String period, Instant at, String by);

    /** Changes an unsigned conclusion; false when it is signed off. */
    boolean updateConclusion(String period, String conclusion, String measures, String nextTargets, Instant at,
                             String by);

    /** Signs an unsigned conclusion off on the snapshot; false when it is signed off already. */
    boolean signOff(String period, Instant at, String by, long snapshotId);

    /** Clears the sign-off; false when there was none. */
    boolean clearSignOff(String period);

    void logEvent(String period, Instant at, String actor, String kind);

    /** The report's log, oldest first. */
    List<ReportEventRow> reportEvents(String period);

    /** The period's campaigns, oldest first. */
    List<CampaignPlanRow> campaignsOf(String period);

    /** The non-blank free-text answers of the period's counted responses, by customer code and time. */
    List<SuggestionRow> suggestions(String period);
}
