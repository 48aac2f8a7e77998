package com.satisfaction.web.dashboard;

import com.satisfaction.core.closing.PeriodStatus;
import com.satisfaction.core.period.Period;
import com.satisfaction.core.scoring.CompositePart;
import com.satisfaction.core.scoring.ReviewFlag;
import com.satisfaction.core.scoring.Score;
import com.satisfaction.persistence.dashboard.DashboardQueries;
import com.satisfaction.persistence.period.CustomerScore;
import com.satisfaction.persistence.period.SnapshotCustomerQueries;
import com.satisfaction.web.period.HalfYearResults;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every half-year of one customer with its composite and the five parts: closed half-years read from their snapshots in
 * one query, a live one scored now (as its page scores it).
 */
@Service
public class CustomerHalfYears {

    private final DashboardQueries record;
    private final SnapshotCustomerQueries snapshots;
    private final HalfYearResults halfYears;

    CustomerHalfYears(DashboardQueries record, SnapshotCustomerQueries snapshots, HalfYearResults halfYears) {
        this.record = record;
        this.snapshots = snapshots;
        this.halfYears = halfYears;
    }

    /** A half-year of the customer as shown: parts in form order (null: no data), composite (null: incomplete). */
    public record Row(String period, PeriodStatus status, List<String> parts, String composite, String verdict,
                      String level, String segment, List<String> flags) {
    }

    /** One indicator's trend for the customer: its half-years, oldest first. */
    public record ExpectationTrend(long questionId, String textZh, String textEn, List<ExpectationPoint> halfYears) {
    }

    /** The customer's mean expected and received value of an indicator in a half-year, and the gap between them. */
    public record ExpectationPoint(String period, long answers, String meanExpected, String meanReceived, String gap) {
    }

    /** The customer's expectation-vs-received indicators (SPEC §4.7), each over the half-years it was answered in. */
    @Transactional(readOnly = true)
    public List<ExpectationTrend> expectations(long customerId) {
        Map<Long, List<DashboardQueries.CustomerExpectation>> byQuestion = new LinkedHashMap<>();
        record.expectationsOfCustomer(customerId).forEach(row ->
                byQuestion.computeIfAbsent(row.questionId(), k -> new ArrayList<>()).add(row));
        return byQuestion.values().stream().map(rows -> new ExpectationTrend(rows.get(0).questionId(),
                rows.get(0).textZh(), rows.get(0).textEn(), rows.stream().map(r -> new ExpectationPoint(r.period(),
                        r.answers(), Score.ratio(r.expected(), r.answers()).display(),
                        Score.ratio(r.received(), r.answers()).display(),
                        Score.ratio(r.received() - r.expected(), r.answers()).display())).toList())).toList();
    }

    /**
     * The customer's half-years, newest first: every closed one whose snapshot holds it, and every live one in which
     * a campaign invited it or it answered (the list of all half-years is not read: it scans every response).
     */
    @Transactional(readOnly = true)
    public List<Row> of(long customerId) {
        Map<String, CustomerScore> closed = snapshots.closedHalfYearsOf(customerId).stream()
                .collect(Collectors.toMap(SnapshotCustomerQueries.ClosedHalfYear::period,
                        SnapshotCustomerQueries.ClosedHalfYear::score));
        SortedSet<String> periods = new TreeSet<>(Comparator.reverseOrder());
        periods.addAll(closed.keySet());
        periods.addAll(record.periodsOfCustomer(customerId));
        List<Row> rows = new ArrayList<>();
        for (String period : periods) {
            if (closed.containsKey(period)) {
                rows.add(row(period, PeriodStatus.CLOSED, closed.get(period)));
                continue;
            }
            HalfYearResults.HalfYear live = halfYears.of(Period.of(period));
            live.liveCustomers().stream().filter(s -> s.customerId() == customerId).findFirst()
                    .ifPresent(s -> rows.add(row(period, live.status(), s)));
        }
        return rows;
    }

    private static Row row(String period, PeriodStatus status, CustomerScore s) {
        Function<Optional<Score>, String> shown = value -> value.map(Score::display).orElse(null);
        return new Row(period, status,
                Arrays.stream(CompositePart.values()).map(part -> shown.apply(s.parts().of(part))).toList(),
                shown.apply(s.composite()), s.verdict().name(), s.level().map(Enum::name).orElse(null),
                s.segment().map(Enum::name).orElse(null),
                Arrays.stream(ReviewFlag.values()).filter(s.flags()::contains).map(Enum::name).toList());
    }
}
