package com.satisfaction.web.dashboard;

import com.satisfaction.core.period.Period;
import com.satisfaction.core.scoring.PolicyText;
import com.satisfaction.core.scoring.ReviewFlag;
import com.satisfaction.core.scoring.Score;
import com.satisfaction.persistence.dashboard.DashboardQueries;
import com.satisfaction.persistence.period.CustomerScore;
import com.satisfaction.persistence.period.PeriodCounts;
import com.satisfaction.persistence.period.PeriodListRow;
import com.satisfaction.persistence.period.PeriodRepository;
import com.satisfaction.persistence.period.SnapshotCustomerQueries;
import com.satisfaction.web.period.HalfYearResults;
import com.satisfaction.web.period.HalfYearResults.HalfYear;
import com.satisfaction.web.period.PeriodPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Builds a half-year's dashboard in one read-only transaction. Every figure is the period page's own
 * ({@link HalfYearResults}): a closed half-year from its snapshot, whose customers are streamed from the database for
 * the breakdowns; a live one scored now.
 */
@Service
class Dashboards {

    /** How many half-years the trend shows, the chosen one last. */
    static final int TREND = 6;

    private static final List<String> TILES = List.of("overallComposite", "satisfactionRate", "responseRate",
            "productReturnRate", "nps", "csat", "ces", "churn");

    private final HalfYearResults halfYears;
    private final PeriodRepository periods;
    private final SnapshotCustomerQueries snapshots;
    private final DashboardQueries record;
    private final Clock clock;

    Dashboards(HalfYearResults halfYears, PeriodRepository periods, SnapshotCustomerQueries snapshots,
               DashboardQueries record, Clock clock) {
        this.halfYears = halfYears;
        this.periods = periods;
        this.snapshots = snapshots;
        this.record = record;
        this.clock = clock;
    }

    /** The half-years with data, newest first. */
    @Transactional(readOnly = true)
    public List<PeriodListRow> periods() {
        return periods.periods();
    }

    /** The half-year shown by default: the latest closed one, else the newest one, else the current one. */
    static Period defaultPeriod(List<PeriodListRow> known, LocalDate today) {
        return known.stream().filter(row -> !row.status().isLive()).findFirst()
                .or(() -> known.stream().findFirst())
                .map(row -> Period.of(row.period()))
                .orElseGet(() -> Period.containing(today));
    }

    @Transactional(readOnly = true)
    public DashboardPage of(Period period) {
        List<PeriodListRow> known = periods.periods();
        Map<Period, HalfYear> scored = new HashMap<>();
        List<Period> trendPeriods = new ArrayList<>();
        Period p = period;
        for (int i = 0; i < TREND; i++) {
            trendPeriods.add(0, p);
            Optional<Period> before = previous(p);
            if (before.isEmpty()) {
                break;
            }
            p = before.get();
        }
        for (Period each : trendPeriods) {
            if (each.equals(period) || isKnown(known, each)) {
                scored.put(each, halfYears.of(each));
            }
        }
        HalfYear now = scored.get(period);
        HalfYear before = previous(period).map(scored::get).orElse(null);
        int minimum = PolicyText.parse(now.header().policyText()).targets().minimumSample();

        List<Tile> tiles = new ArrayList<>();
        for (String name : TILES) {
            tiles.add(new Tile(figure(now, name), before == null ? null : figure(before, name), "periods"));
        }
        tiles.add(new Tile(openComplaints(period), before == null ? null : openComplaints(before.period()),
                "dashboard"));
        tiles.add(new Tile(overdueActions(period), before == null ? null : overdueActions(before.period()),
                "dashboard"));

        Map<Breakdown.Dimension, Breakdown> breakdowns = new EnumMap<>(Breakdown.Dimension.class);
        Arrays.stream(Breakdown.Dimension.values()).forEach(d -> breakdowns.put(d, new Breakdown(d)));
        ValueGrid grid = new ValueGrid();
        eachCustomer(now, s -> {
            breakdowns.values().forEach(b -> b.add(s));
            grid.add(s);
        });
        Map<Breakdown.Dimension, List<Breakdown.Group>> groups = new EnumMap<>(Breakdown.Dimension.class);
        breakdowns.forEach((d, b) -> groups.put(d, b.groups(minimum)));

        PeriodCounts c = now.header().counts();
        return new DashboardPage(period.toString(), now.status(), now.closed(), known,
                before == null ? null : before.period().toString(), tiles,
                new DashboardPage.Answers(c.npsPromoters(), c.npsPassives(), c.npsDetractors(), c.csatPositive(),
                        c.csatAnswers(), c.cesPositive(), c.cesAnswers()),
                trendPeriods.stream().map(each -> trendPoint(each, scored.get(each))).toList(), groups, grid.cells(),
                before == null ? List.of() : effects(before, now),
                Expectations.of(record.expectationTallies(period.toString()), minimum), minimum);
    }

    private static boolean isKnown(List<PeriodListRow> known, Period period) {
        return known.stream().anyMatch(row -> row.period().equals(period.toString()));
    }

    static Optional<Period> previous(Period period) {
        return period.year() == Period.MIN_YEAR && period.half() == Period.Half.H1 ? Optional.empty()
                : Optional.of(period.previous());
    }

    private void eachCustomer(HalfYear halfYear, Consumer<CustomerScore> each) {
        if (halfYear.closed()) {
            snapshots.forEach(halfYear.snapshotId().getAsLong(), each);
        } else {
            halfYear.liveCustomers().forEach(each);
        }
    }

    private static PeriodPage.Figure figure(HalfYear halfYear, String name) {
        return halfYear.figures().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no figure " + name));
    }

    private static String shown(HalfYear halfYear, String name) {
        PeriodPage.Figure figure = figure(halfYear, name);
        return figure.insufficient() ? null : figure.value();
    }

    private static DashboardPage.TrendPoint trendPoint(Period period, HalfYear halfYear) {
        if (halfYear == null) {
            return new DashboardPage.TrendPoint(period.toString(), null, null, null, null);
        }
        return new DashboardPage.TrendPoint(period.toString(), shown(halfYear, "overallComposite"),
                shown(halfYear, "satisfactionRate"), shown(halfYear, "responseRate"), shown(halfYear, "nps"));
    }

    /** Complaints received in the half-year still open now, of those received. */
    private PeriodPage.Figure openComplaints(Period period) {
        DashboardQueries.ComplaintCounts counts = record.complaints(start(period), end(period));
        return new PeriodPage.Figure("openComplaints", String.valueOf(counts.open()), false, counts.received(), null,
                null, null, "openOf", counts.open() + " / " + counts.received(), false);
    }

    /** Improvement actions due in the half-year and overdue now, of those due. */
    private PeriodPage.Figure overdueActions(Period period) {
        DashboardQueries.ActionCounts counts = record.actions(period.startDate(), period.endDate(),
                LocalDate.now(clock));
        return new PeriodPage.Figure("overdueActions", String.valueOf(counts.overdue()), false, counts.due(), null,
                null, null, "overdueOf", counts.overdue() + " / " + counts.due(), false);
    }

    private Instant start(Period period) {
        return period.startDate().atStartOfDay(clock.getZone()).toInstant();
    }

    /** The first instant after the half-year (in the clock's zone). */
    private Instant end(Period period) {
        return period.endDate().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    }

    /**
     * The actions made from a flag and finished in the previous half-year, each with the indicator its flag is about in
     * that half-year and in this one.
     */
    private List<DashboardPage.Effect> effects(HalfYear before, HalfYear now) {
        List<DashboardPage.Effect> effects = new ArrayList<>();
        for (DashboardQueries.FinishedFlagAction action : record.flagActionsFinished(start(before.period()),
                end(before.period()))) {
            boolean survey = ReviewFlag.valueOf(action.flagCode()) == ReviewFlag.REVIEW_SURVEY_ITEMS;
            effects.add(new DashboardPage.Effect(action.id(), action.title(), action.status(), action.customerId(),
                    action.customerCode(), action.customerName(), action.flagCode(), action.flagPeriod(),
                    survey ? "SURVEY" : "COMPOSITE", indicator(before, action.customerId(), survey),
                    indicator(now, action.customerId(), survey)));
        }
        return effects;
    }

    private String indicator(HalfYear halfYear, long customerId, boolean survey) {
        Optional<CustomerScore> score = halfYear.closed()
                ? snapshots.customer(halfYear.snapshotId().getAsLong(), customerId)
                : halfYear.liveCustomers().stream().filter(s -> s.customerId() == customerId).findFirst();
        return score.flatMap(s -> survey ? s.parts().survey() : s.composite()).map(Score::display).orElse(null);
    }
}
