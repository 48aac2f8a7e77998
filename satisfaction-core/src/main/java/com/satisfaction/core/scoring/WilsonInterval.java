package com.satisfaction.core.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The 95 % Wilson score interval of a proportion, in percent (issue 12: "so three answers are never over-read"):
 * for {@code x} of {@code n}, with p = x ÷ n and z = 1.96,
 * {@code (p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) ÷ (1 + z²/n)}. Unlike p ± z·√(p(1−p)/n) it stays within 0–100 and
 * is not zero-width at 0 or n successes. The bounds involve a square root, so they are not exact fractions: they are
 * computed to 34 significant digits and are for display (the proportion itself stays exact).
 *
 * @param lower the lower bound, 0–100
 * @param upper the upper bound, 0–100
 */
public record WilsonInterval(Score lower, Score upper) {

    private static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final BigDecimal Z = new BigDecimal("1.96");
    private static final BigDecimal Z_SQUARED = Z.multiply(Z);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * The interval of {@code successes} out of {@code trials}; empty when there are no trials ("no data").
     *
     * @throws IllegalArgumentException when {@code successes} is outside 0–{@code trials}
     */
    public static Optional<WilsonInterval> of(long successes, long trials) {
        Require.count("trials", trials);
        Require.between("successes", successes, 0, trials);
        if (trials == 0) {
            return Optional.empty();
        }
        BigDecimal n = BigDecimal.valueOf(trials);
        BigDecimal p = BigDecimal.valueOf(successes).divide(n, PRECISION);
        BigDecimal zSquaredOverN = Z_SQUARED.divide(n, PRECISION);
        BigDecimal denominator = BigDecimal.ONE.add(zSquaredOverN);
        BigDecimal centre = p.add(zSquaredOverN.divide(BigDecimal.valueOf(2), PRECISION));
        BigDecimal spread = p.multiply(BigDecimal.ONE.subtract(p)).divide(n, PRECISION)
                .add(Z_SQUARED.divide(n.multiply(n).multiply(BigDecimal.valueOf(4)), PRECISION));
        BigDecimal half = Z.multiply(spread.sqrt(PRECISION));
        BigDecimal lower = centre.subtract(half).divide(denominator, PRECISION).max(BigDecimal.ZERO);
        BigDecimal upper = centre.add(half).divide(denominator, PRECISION).min(BigDecimal.ONE);
        return Optional.of(new WilsonInterval(percent(lower), percent(upper)));
    }

    private static Score percent(BigDecimal share) {
        return Score.of(share.multiply(HUNDRED).setScale(30, RoundingMode.HALF_UP).stripTrailingZeros());
    }

    /** The interval as people read it, e.g. {@code "49.0–94.3"} (percent, one decimal each). */
    public String display() {
        return lower.display() + "–" + upper.display();
    }
}
