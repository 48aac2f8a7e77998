package com.satisfaction.web.dashboard;

import com.satisfaction.core.action.ActionStatus;
import com.satisfaction.core.closing.PeriodStatus;
import com.satisfaction.persistence.period.PeriodListRow;

import java.util.List;
import java.util.Map;

/**
 * A half-year's dashboard: the headline tiles against the previous half-year, the answers' distributions, the trend of
 * the last half-years, the breakdowns, the value × satisfaction grid and the effect of the actions finished in the
 * previous half-year, and the expectation-vs-received indicators.
 *
 * @param previous      the previous half-year, or null when it has no data
 * @param minimumSample the policy's minimum sample, below which a figure is not shown
 */
record DashboardPage(String period, PeriodStatus status, boolean closed, List<PeriodListRow> periods, String previous,
                     List<Tile> tiles, Answers answers, List<TrendPoint> trend,
                     Map<Breakdown.Dimension, List<Breakdown.Group>> breakdowns, List<ValueGrid.Cell> grid,
                     List<Effect> effects, List<Expectations.Indicator> expectations, int minimumSample) {

    /**
     * How the NPS, CSAT and CES answers of the half-year fall.
     *
     * @param csatPositive answers at or above their question's positive threshold
     * @param cesPositive  answers of 5 or more
     */
    record Answers(long promoters, long passives, long detractors, long csatPositive, long csatAnswers,
                   long cesPositive, long cesAnswers) {

        public long csatOther() {
            return csatAnswers - csatPositive;
        }

        public long cesOther() {
            return cesAnswers - cesPositive;
        }
    }

    /** A half-year of the trend; each value as shown, null for no data or an insufficient sample. */
    record TrendPoint(String period, String composite, String satisfactionRate, String responseRate, String nps) {
    }

    /**
     * An improvement action made from a review flag and finished in the previous half-year, with the indicator it
     * targeted (the survey part for "review the survey items", the composite for "management review meeting") as shown
     * in the previous half-year and in this one.
     */
    record Effect(long actionId, String title, ActionStatus status, long customerId, String customerCode,
                  String customerName, String flag, String flagPeriod, String indicator, String before, String after) {

        /** The change as shown, signed; null when either value is missing. */
        public String change() {
            return Change.between(before, after);
        }
    }
}
