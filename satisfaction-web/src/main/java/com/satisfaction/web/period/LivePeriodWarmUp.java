package com.satisfaction.web.period;

import com.satisfaction.core.closing.PeriodStatus;
import com.satisfaction.core.period.Period;
import com.satisfaction.persistence.period.PeriodRecord;
import com.satisfaction.persistence.period.PeriodRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Scores the current and the previous half-year once after start-up, in the background, so the first manager to open
 * one does not wait for the full read of a million responses that fills {@link LivePeriodInputs}.
 */
@Component
class LivePeriodWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(LivePeriodWarmUp.class);

    private final PeriodScoring scoring;
    private final PeriodRepository periods;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    LivePeriodWarmUp(PeriodScoring scoring, PeriodRepository periods, PlatformTransactionManager transactions,
                     Clock clock) {
        this.scoring = scoring;
        this.periods = periods;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread thread = new Thread(this::scoreOpenHalfYears, "half-year-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    void scoreOpenHalfYears() {
        Period current = Period.containing(LocalDate.now(clock));
        for (Period period : List.of(current, current.previous())) {
            try {
                readOnly.executeWithoutResult(status -> {
                    boolean closed = periods.findById(period.toString()).map(PeriodRecord::getStatus)
                            .filter(PeriodStatus.CLOSED::equals).isPresent();
                    if (!closed) {
                        scoring.live(period);
                    }
                });
            } catch (RuntimeException failed) {
                LOG.warn("Could not score {} ahead of its first view; it will be scored then", period, failed);
            }
        }
    }
}
