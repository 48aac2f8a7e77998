package com.satisfaction.web.report;

import com.satisfaction.persistence.period.PeriodCounts;
import com.satisfaction.persistence.report.CampaignPlanRow;
import com.satisfaction.persistence.report.ReportEventRow;
import com.satisfaction.persistence.report.SuggestionRow;
import com.satisfaction.web.period.PeriodPage;

import java.time.Instant;
import java.util.List;

/**
 * A half-year's report in the FM40 shape: the period's page with every customer (from the snapshot once closed), the
 * plan (campaigns and the scoring rule in force), the customers' suggestions, the distribution chart, and the
 * conclusion with its sign-off and log.
 */
record HalfYearReport(PeriodPage view, ScoringRule rule, List<CampaignPlanRow> campaigns,
                      List<SuggestionRow> suggestions, Distribution distribution, Conclusion conclusion,
                      List<ReportEventRow> log) {

    /** An open or re-opened period's report is a draft on live figures. */
    public boolean draft() {
        return view.live();
    }

    public PeriodCounts counts() {
        return view.counts();
    }

    public long notSatisfied() {
        return counts().withComposite() - counts().satisfied();
    }

    /** The figure of this name (e.g. {@code satisfactionRate}). */
    public PeriodPage.Figure figure(String name) {
        return view.figures().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no figure " + name));
    }

    /** Lines with at least one review flag: the report's "flags and improvement actions". */
    public List<PeriodPage.CustomerLine> flagged() {
        return view.lines().stream().filter(line -> !line.flags().isEmpty()).toList();
    }

    /**
     * The policy's rule as the plan states it: each part's maximum points (form order), the satisfied and very
     * satisfied thresholds, the survey-part review threshold and the targets.
     */
    record ScoringRule(String version, List<PartPoints> parts, String satisfiedFrom, String verySatisfiedFrom,
                       String surveyReviewBelow, String satisfactionTarget, String responseTarget, int minimumSample) {
    }

    record PartPoints(String part, int maxPoints) {
    }

    /** The quality manager's conclusion; every field null before anything is saved. */
    record Conclusion(String conclusion, String measures, String nextTargets, String updatedBy, Instant updatedAt,
                      String signedBy, Instant signedAt) {

        static final Conclusion NONE = new Conclusion(null, null, null, null, null, null, null);

        public boolean signed() {
            return signedBy != null;
        }

        public boolean saved() {
            return updatedBy != null;
        }
    }
}
