package com.satisfaction.web.dashboard;

import com.satisfaction.core.scoring.PeriodSummary;
import com.satisfaction.core.scoring.Score;
import com.satisfaction.core.scoring.Verdict;
import com.satisfaction.core.scoring.WilsonInterval;
import com.satisfaction.persistence.period.CustomerScore;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The overall composite and satisfaction rate of a half-year per group of customers (region, industry, value tier, key
 * account), counted customer by customer and computed by the core's {@link PeriodSummary}, exactly, as for the whole
 * half-year.
 */
final class Breakdown {

    /** What customers are grouped by; a customer without a value is in the group "none". */
    enum Dimension {
        REGION(s -> s.customer().region()),
        INDUSTRY(s -> s.customer().industry()),
        VALUE_TIER(s -> s.customer().valueTier()),
        KEY_ACCOUNT(s -> String.valueOf(s.customer().keyAccount()));

        private final Function<CustomerScore, String> key;

        Dimension(Function<CustomerScore, String> key) {
            this.key = key;
        }
    }

    /**
     * One group as shown.
     *
     * @param key              the group's value, or null for customers without one
     * @param composite        the mean composite as shown, null for no data
     * @param satisfactionRate the satisfaction rate in % as shown, null for no data
     * @param interval         its 95 % Wilson interval as shown
     * @param insufficient     whether fewer composites than the policy's minimum sample are behind it
     */
    record Group(String key, long customers, long withComposite, long satisfied, String composite,
                 String satisfactionRate, String interval, boolean insufficient) {
    }

    private final Dimension dimension;
    private final Map<String, Counter> groups = new TreeMap<>();
    private final Counter none = new Counter();

    Breakdown(Dimension dimension) {
        this.dimension = dimension;
    }

    Dimension dimension() {
        return dimension;
    }

    void add(CustomerScore s) {
        String key = dimension.key.apply(s);
        (key == null || key.isBlank() ? none : groups.computeIfAbsent(key, k -> new Counter())).add(s);
    }

    /** The groups by their value (in text order), customers without one last. */
    List<Group> groups(int minimumSample) {
        List<Group> shown = new java.util.ArrayList<>();
        groups.forEach((key, counter) -> shown.add(counter.group(key, minimumSample)));
        if (none.customers > 0) {
            shown.add(none.group(null, minimumSample));
        }
        return shown;
    }

    private static final class Counter {
        long customers;
        long withComposite;
        long satisfied;
        Score sum = Score.ZERO;

        void add(CustomerScore s) {
            customers++;
            s.composite().ifPresent(composite -> {
                withComposite++;
                sum = sum.plus(composite);
                if (s.verdict() == Verdict.SATISFIED) {
                    satisfied++;
                }
            });
        }

        Group group(String key, int minimumSample) {
            PeriodSummary summary = new PeriodSummary(withComposite, satisfied, customers - withComposite, sum);
            boolean insufficient = withComposite > 0 && withComposite < minimumSample;
            return new Group(key, customers, withComposite, satisfied,
                    insufficient ? null : shown(summary.overallComposite()),
                    insufficient ? null : shown(summary.satisfactionRate()),
                    insufficient ? null : WilsonInterval.of(satisfied, withComposite).map(WilsonInterval::display)
                            .orElse(null),
                    insufficient);
        }

        private static String shown(Optional<Score> value) {
            return value.map(Score::display).orElse(null);
        }
    }
}
