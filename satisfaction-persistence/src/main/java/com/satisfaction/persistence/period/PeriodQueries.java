package com.satisfaction.persistence.period;

import com.satisfaction.core.closing.PeriodStatus;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The statements behind a period, in SQL: every aggregate runs in the database over the stored exact per-response
 * values, so no page loads a period's responses. Periods are written {@code 2026-H1}.
 */
public interface PeriodQueries {

    /**
     * The customers of a period: everyone a campaign of the period invited, and everyone with a response in it, as the
     * register describes them now, by code.
     */
    List<RegisterEntry> customersOfPeriod(String period);

    /** The register entries of the given customers (e.g. with records in the period but not invited), by code. */
    List<RegisterEntry> registerEntries(Collection<Long> customerIds);

    /** Per customer, the period's counted (not excluded) responses and the sums of their survey scores. */
    Map<Long, CustomerResponses> responsesByCustomer(String period);

    /** The links of the period's campaigns sent and answered, counted as each campaign's page counts them. */
    RecipientCounts recipientCounts(String period, boolean outboxDelivers);

    /** The period's counted CSAT, NPS and CES answers, one row per type, scale, threshold and value. */
    List<AnswerTally> answerTallies(String period);

    /** Every period with a campaign, a response or a close, newest first. */
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
