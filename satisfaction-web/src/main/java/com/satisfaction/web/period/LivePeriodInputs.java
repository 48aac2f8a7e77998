package com.satisfaction.web.period;

import com.satisfaction.core.period.Period;
import com.satisfaction.persistence.period.CustomerSelection;
import com.satisfaction.persistence.period.PeriodRepository;
import com.satisfaction.persistence.period.ScoringChanges;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The inputs of live half-years kept in memory between page views, so that a page over a million responses costs a
 * few indexed reads rather than a rescan. On each look it asks the database's change log (V24: triggers on every table
 * a score reads) which customers were changed by transactions its last look could not see, and reloads only those
 * (a change may be read twice, never missed); where the database has no change
 * log (H2), or the caller's transaction may have written (its own uncommitted changes must never be kept), it reads
 * everything afresh.
 */
@Component
class LivePeriodInputs {

    /** After this long without a look the log may have been pruned ({@link #forgetOldChanges}): read afresh. */
    static final Duration MAX_UNSYNCED = Duration.ofHours(12);
    /** Past this many changed customers one full read is cheaper than reloading them. */
    static final int MAX_RELOADED = 2_000;
    private static final int PERIODS_KEPT = 4;

    private record Entry(PeriodInputs inputs, String horizon, Instant syncedAt) {
    }

    private final PeriodInputsLoader loader;
    private final PeriodRepository periods;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Entry> entries = new LinkedHashMap<>(PERIODS_KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > PERIODS_KEPT;
        }
    };

    LivePeriodInputs(PeriodInputsLoader loader, PeriodRepository periods, Clock clock) {
        this.loader = loader;
        this.periods = periods;
        this.clock = clock;
    }

    /** The period's inputs as the database holds them now; call inside a transaction. */
    PeriodInputs current(Period period) {
        if (!periods.tracksScoringChanges() || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return loader.load(period, CustomerSelection.everyone());
        }
        lock.lock();
        try {
            String id = period.toString();
            Instant now = clock.instant();
            String horizon = periods.scoringChangeHorizon(); // before the reads: what it saw, they see too
            Entry known = entries.get(id);
            PeriodInputs inputs;
            if (known == null || known.syncedAt().isBefore(now.minus(MAX_UNSYNCED))) {
                inputs = loader.load(period, CustomerSelection.everyone());
            } else {
                ScoringChanges changes = periods.scoringChangesSince(known.horizon());
                if (changes.none()) {
                    inputs = known.inputs();
                } else if (changes.customers().size() > MAX_RELOADED) {
                    inputs = loader.load(period, CustomerSelection.everyone());
                } else {
                    inputs = known.inputs().replacing(changes.customers(), changes.withoutCustomer(),
                            loader.load(period, CustomerSelection.of(changes.customers(), changes.withoutCustomer())));
                }
            }
            entries.put(id, new Entry(inputs, horizon, now));
            return inputs;
        } finally {
            lock.unlock();
        }
    }

    /** Prunes the change log: nothing older than a day is needed, since an entry that old is read afresh. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1H")
    @Transactional
    public void forgetOldChanges() {
        if (periods.tracksScoringChanges()) {
            periods.forgetScoringChanges();
        }
    }
}
