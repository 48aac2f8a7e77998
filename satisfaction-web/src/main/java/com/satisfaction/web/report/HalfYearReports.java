package com.satisfaction.web.report;

import com.satisfaction.core.period.Period;
import com.satisfaction.core.scoring.CompositePart;
import com.satisfaction.core.scoring.PolicyText;
import com.satisfaction.core.scoring.ScoringPolicy;
import com.satisfaction.persistence.report.PeriodReportRecord;
import com.satisfaction.persistence.report.PeriodReportRepository;
import com.satisfaction.web.period.PeriodPage;
import com.satisfaction.web.period.PeriodPages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.List;

/**
 * Reads a half-year's report in one read-only transaction: the period's figures and every customer exactly as the
 * period's page has them (from the snapshot once closed, live while open), plus what the report adds.
 */
@Service
class HalfYearReports {

    private final PeriodPages pages;
    private final PeriodReportRepository reports;

    HalfYearReports(PeriodPages pages, PeriodReportRepository reports) {
        this.pages = pages;
        this.reports = reports;
    }

    @Transactional(readOnly = true)
    public HalfYearReport report(Period period) {
        PeriodPage view = pages.whole(period);
        String id = period.toString();
        HalfYearReport.Conclusion conclusion = reports.findById(id).map(HalfYearReports::conclusion)
                .orElse(HalfYearReport.Conclusion.NONE);
        return new HalfYearReport(view, rule(view), reports.campaignsOf(id), reports.suggestions(id),
                Distribution.of(view.lines()), conclusion, reports.reportEvents(id));
    }

    private static HalfYearReport.ScoringRule rule(PeriodPage view) {
        ScoringPolicy policy = PolicyText.parse(view.policyText());
        List<HalfYearReport.PartPoints> parts = Arrays.stream(CompositePart.values())
                .map(part -> new HalfYearReport.PartPoints(part.name(), policy.maxPoints(part))).toList();
        return new HalfYearReport.ScoringRule(view.policyVersion(), parts, policy.satisfiedFrom().display(),
                policy.verySatisfiedFrom().display(), policy.survey().reviewBelow().display(),
                policy.targets().satisfactionRate().display(), policy.targets().responseRate().display(),
                policy.targets().minimumSample());
    }

    private static HalfYearReport.Conclusion conclusion(PeriodReportRecord r) {
        return new HalfYearReport.Conclusion(r.getConclusion(), r.getMeasures(), r.getNextTargets(), r.getUpdatedBy(),
                r.getUpdatedAt(), r.getSignedBy(), r.getSignedAt());
    }
}
