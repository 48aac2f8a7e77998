package com.satisfaction.persistence.period;

import com.satisfaction.core.closing.PeriodStatus;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The statements behind a period, in SQL: every aggregate runs in the database over the stored exact per-response
 * values, so no page loads a period's responses. Periods are written {@code 2026-H1}.
 */
public interface PeriodQueries {

    /** The register entries of the given customers, by code. */
    List<RegisterEntry> registerEntries(Collection<Long> customerIds);

    /** The selected customers' responses in the period, grouped by points possible and counted or excluded. */
    List<ResponseGroup> responseGroups(String period, CustomerSelection customers);

    /** The selected customers' links in the period's campaigns (customers with none are left out). */
    List<CustomerRecipients> recipients(String period, CustomerSelection customers);

    /** The selected customers' counted CSAT, NPS and CES answers, one row per type, scale, threshold and value. */
    List<AnswerTally> answerTallies(String period, CustomerSelection customers);

    /** Whether this database logs scoring changes (see {@link #scoringChangesSince}); PostgreSQL does, H2 not. */
    boolean tracksScoringChanges();

    /**
     * A horizon for {@link #scoringChangesSince}, taken now: the database snapshot of this statement (which
     * transactions' work it sees), as text.
     */
    String scoringChangeHorizon();

    /** The customers whose inputs changed in transactions the horizon did not see (visible ones now only). */
    ScoringChanges scoringChangesSince(String horizon);

    /** Forgets the scoring changes logged more than a day ago (by the database's clock); returns how many. */
    int forgetScoringChanges();

    /** Every period with a campaign or a close, newest first (a response's period is its campaign's). */
    List<PeriodListRow> periods();

    /** Makes the period's row (OPEN) unless it exists; run it in a transaction of its own, since it may race. */
    void createIfAbsent(String period);

    /** The period's status, its row locked until the transaction ends; empty when it has no row. */
    Optional<PeriodStatus> lockStatus(String period);

    /** Stores a snapshot's period-wide part; returns its id. */
    long insertSnapshot(SnapshotHeader header);

    /** Stores a snapshot's customers. */
    void insertSnapshotCustomers(long snapshotId, List<CustomerScore> customers);

    Optional<SnapshotHeader> snapshot(long snapshotId);

    /** A snapshot's customers, by code. */
    List<CustomerScore> snapshotCustomers(long snapshotId);

    /** One page of a snapshot's customers, by code: at most {@code limit} from {@code offset}. */
    List<CustomerScore> snapshotCustomers(long snapshotId, int offset, int limit);

    /**
     * A snapshot's customers, by code, each handed to {@code each} as it is read through a cursor (call inside a
     * read-only transaction), so an export never holds them all.
     */
    void eachSnapshotCustomer(long snapshotId, Consumer<CustomerScore> each);

    /** A snapshot's key accounts that had not answered, by code. */
    List<RegisterEntry> snapshotUnansweredKeyAccounts(long snapshotId);

    void markClosed(String period, long snapshotId, Instant at, String by);

    void markReopened(String period, Instant at, String by, String reason);

    void logEvent(String period, Instant at, String actor, String kind, PeriodStatus from, PeriodStatus to,
                  String reason, Long snapshotId);

    /** A customer's responses in a period, counted or excluded, oldest first. */
    List<PeriodResponseRow> responsesOfCustomer(String period, long customerId);

    /** Leaves a counted response of the period out of scoring; false when it is not one (or excluded already). */
    boolean exclude(String period, long responseId, String reason, String text);

    /** Counts an excluded response of the period again; false when it is not one. */
    boolean restore(String period, long responseId);

    void logExclusion(String period, long customerId, ExclusionRow row);

    /** A customer's exclusions and restorations in a period, oldest first. */
    List<ExclusionRow> exclusionsOfCustomer(String period, long customerId);

    /** The period's log, oldest first. */
    List<PeriodEventRow> events(String period);
}
