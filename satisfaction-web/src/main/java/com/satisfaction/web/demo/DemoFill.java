package com.satisfaction.web.demo;

import com.satisfaction.core.period.Period;
import com.satisfaction.persistence.customer.CustomerRepository;
import com.satisfaction.persistence.survey.SurveyRepository;
import com.satisfaction.persistence.user.UserAccountRepository;
import com.satisfaction.web.period.PeriodClosing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Fills an empty database with the demo company once the application is ready (after the first start has made the
 * {@code admin} user, who records everything): the register, the survey, and the last three half-years, the two past
 * ones closed. A database holding any customer or survey is left alone, with a line in the log saying why. The random
 * numbers come from a fixed seed, so two runs on the same day fill the same data.
 */
@DemoOnly
@Component
public class DemoFill {

    static final long SEED = 20_260_101L;
    static final String MANAGER = "admin";
    /** The share of links answered in the older past, the last past and the current half-year. */
    private static final double[] ANSWER_RATES = {0.86, 0.80, 0.76};

    private static final Logger log = LoggerFactory.getLogger(DemoFill.class);

    private final CustomerRepository customers;
    private final SurveyRepository surveys;
    private final UserAccountRepository users;
    private final DemoCompany company;
    private final DemoSurvey survey;
    private final DemoAnswers answers;
    private final DemoRecords records;
    private final DemoComplaints complaints;
    private final DemoActions actions;
    private final PeriodClosing closing;
    private final DemoClock clock;

    DemoFill(CustomerRepository customers, SurveyRepository surveys, UserAccountRepository users, DemoCompany company,
             DemoSurvey survey, DemoAnswers answers, DemoRecords records, DemoComplaints complaints, DemoActions actions,
             PeriodClosing closing, DemoClock clock) {
        this.customers = customers;
        this.surveys = surveys;
        this.users = users;
        this.company = company;
        this.survey = survey;
        this.answers = answers;
        this.records = records;
        this.complaints = complaints;
        this.actions = actions;
        this.closing = closing;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        fillIfEmpty();
    }

    /** Fills the demo data when the database has no customer and no survey; returns whether it did. */
    public boolean fillIfEmpty() {
        long customerCount = customers.count();
        long surveyCount = surveys.count();
        if (customerCount > 0 || surveyCount > 0) {
            log.info("Demo data: not filled, the database already holds {} customers and {} surveys", customerCount,
                    surveyCount);
            return false;
        }
        long started = System.nanoTime();
        fill();
        log.info("Demo data: filled in {} ms (60 customers, 3 half-years, the 2 past ones closed)",
                millis(started, System.nanoTime()));
        return true;
    }

    private void fill() {
        Random random = new Random(SEED);
        long ownerId = users.findByUsername(MANAGER).orElseThrow().getId();
        Instant now = clock.instant();
        Period current = Period.containing(LocalDate.ofInstant(now, clock.getZone()));
        List<DemoCustomer> register = clock.at(
                current.previous().previous().startDate().minusDays(30).atStartOfDay(clock.getZone()).toInstant(),
                () -> company.register(random));
        DemoSurvey.Questions questions = clock.at(
                current.previous().previous().startDate().minusDays(10).atStartOfDay(clock.getZone()).toInstant(),
                survey::publish);
        // the least pleased customer leaves during the last past half-year
        DemoCustomer lostCustomer = register.stream().min(Comparator.comparingDouble(DemoCustomer::mood)).orElseThrow();
        List<Period> halves = List.of(current.previous().previous(), current.previous(), current);
        for (int i = 0; i < halves.size(); i++) {
            DemoHalfYear half = DemoHalfYear.of(halves.get(i), now, clock.getZone());
            List<DemoCustomer> drifted = register.stream().map(c -> drift(c, random)).toList();
            Map<Long, DemoCustomer> moods = drifted.stream()
                    .collect(Collectors.toMap(DemoCustomer::id, Function.identity()));
            long started = System.nanoTime();
            int answered = answers.run(half, questions, moods, ANSWER_RATES[i], random);
            long answeredAfter = System.nanoTime();
            records.record(half, drifted, MANAGER, random);
            long recordedAfter = System.nanoTime();
            List<DemoComplaints.Recorded> recorded = complaints.record(half, drifted, MANAGER, random);
            actions.plan(half, drifted, recorded, ownerId, MANAGER);
            long handledAfter = System.nanoTime();
            if (i == 1) {
                records.lost(half, lostCustomer, MANAGER);
            }
            if (half.past()) {
                close(half, now);
            }
            if (i == 1) {
                company.deactivate(lostCustomer);
                register = register.stream().filter(c -> c.id() != lostCustomer.id()).toList();
            }
            log.info("Demo data: {} with {} answers (answers {} ms, operational record {} ms, complaints and actions"
                            + " {} ms, close {} ms)", half.period(), answered, millis(started, answeredAfter),
                    millis(answeredAfter, recordedAfter), millis(recordedAfter, handledAfter),
                    millis(handledAfter, System.nanoTime()));
        }
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /** The customer's mood this half-year: a little better or worse than its usual. */
    private static DemoCustomer drift(DemoCustomer customer, Random random) {
        double mood = Math.max(1, Math.min(5, customer.mood() + (random.nextDouble() - 0.5) * 0.4));
        return new DemoCustomer(customer.id(), customer.code(), customer.name(), customer.tier(), mood);
    }

    /** Closes the half-year ten days after its end (or now, when that is sooner), with a waiver if the gate asks. */
    private void close(DemoHalfYear half, Instant now) {
        Instant closedAt = half.until().plus(10, ChronoUnit.DAYS).plus(10, ChronoUnit.HOURS);
        var outcome = clock.at(closedAt.isBefore(now) ? closedAt : now, () -> closing.close(half.period(), MANAGER,
                Optional.of("演示数据：回收率未达目标，经管理者代表批准按现有答卷结算 / Demo data: closed below the response"
                        + " target with the management representative's approval")));
        if (!(outcome instanceof PeriodClosing.Closed)) {
            throw new IllegalStateException("The demo half-year " + half.period() + " could not be closed: " + outcome);
        }
    }
}
