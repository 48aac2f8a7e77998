package com.satisfaction.core.scoring;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * The figures of one period over all its customers (SPEC §4.6): satisfaction rate = satisfied customers ÷ customers
 * with a composite × 100, and overall composite = mean of the composites (96, 96, 97 → 96.3).
 *
 * @param customersWithComposite    customers whose five parts all have data
 * @param satisfiedCustomers        those of them that are satisfied
 * @param customersWithoutComposite customers with at least one part missing, shown apart
 * @param sumOfComposites           the sum of the composites, 0 to 100 × {@code customersWithComposite}
 */
public record PeriodSummary(long customersWithComposite, long satisfiedCustomers, long customersWithoutComposite,
                            Score sumOfComposites) {

    /**
     * Creates a summary from its counts.
     *
     * @throws IllegalArgumentException when a count is negative or the counts are inconsistent
     */
    public PeriodSummary {
        Require.count("customers with a composite", customersWithComposite);
        Require.count("customers without a composite", customersWithoutComposite);
        Require.between("satisfied customers", satisfiedCustomers, 0, customersWithComposite);
        Objects.requireNonNull(sumOfComposites, "sumOfComposites");
        Require.between("sum of composites", sumOfComposites, Score.ZERO,
                Score.of(customersWithComposite).times(Score.HUNDRED));
    }

    /** The summary of no customers. */
    public static final PeriodSummary NONE = new PeriodSummary(0, 0, 0, Score.ZERO);

    /** The summary of these customers and {@code other}'s together. */
    public PeriodSummary plus(PeriodSummary other) {
        return new PeriodSummary(customersWithComposite + other.customersWithComposite,
                satisfiedCustomers + other.satisfiedCustomers,
                customersWithoutComposite + other.customersWithoutComposite, sumOfComposites.plus(other.sumOfComposites));
    }

    /**
     * The summary of these customers without {@code other}'s, which must be among them.
     *
     * @throws IllegalArgumentException when {@code other} cannot have been part of this summary
     */
    public PeriodSummary minus(PeriodSummary other) {
        return new PeriodSummary(customersWithComposite - other.customersWithComposite,
                satisfiedCustomers - other.satisfiedCustomers,
                customersWithoutComposite - other.customersWithoutComposite,
                sumOfComposites.minus(other.sumOfComposites));
    }

    /** The summary of the period's composite scores. */
    public static PeriodSummary of(Collection<CompositeScore> composites) {
        long scored = 0;
        long satisfied = 0;
        long incomplete = 0;
        Score sum = Score.ZERO;
        for (CompositeScore composite : composites) {
            Optional<Score> total = composite.total();
            if (total.isEmpty()) {
                incomplete++;
                continue;
            }
            scored++;
            sum = sum.plus(total.get());
            if (composite.verdict() == Verdict.SATISFIED) {
                satisfied++;
            }
        }
        return new PeriodSummary(scored, satisfied, incomplete, sum);
    }

    /**
     * The summary of stored composite totals, judged against {@code policy} (the one the period was closed with).
     *
     * @throws IllegalArgumentException when a total is outside 0–100
     */
    public static PeriodSummary ofTotals(Collection<Score> totals, ScoringPolicy policy) {
        long satisfied = 0;
        Score sum = Score.ZERO;
        for (Score total : totals) {
            if (policy.verdictOf(total) == Verdict.SATISFIED) {
                satisfied++;
            }
            sum = sum.plus(total);
        }
        return new PeriodSummary(totals.size(), satisfied, 0, sum);
    }

    /** Satisfied customers ÷ customers with a composite × 100; empty when no customer has a composite. */
    public Optional<Score> satisfactionRate() {
        return customersWithComposite == 0
                ? Optional.empty()
                : Optional.of(Score.percent(satisfiedCustomers, customersWithComposite));
    }

    /** The mean composite; empty when no customer has a composite. */
    public Optional<Score> overallComposite() {
        return customersWithComposite == 0
                ? Optional.empty()
                : Optional.of(sumOfComposites.dividedBy(Score.of(customersWithComposite)));
    }
}
