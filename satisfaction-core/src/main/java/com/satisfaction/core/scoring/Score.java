package com.satisfaction.core.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * An exact rational number: every percentage, score, point value and ratio the scoring produces. Arithmetic never
 * rounds; rounding happens only when a figure is shown ({@link #displayed()}, {@link #display()}) or stored
 * ({@link #toBigDecimal(int)}). Verdicts compare the figure as shown, never the exact value (see {@link Displayed}).
 *
 * <p>The fraction is kept in lowest terms with a positive denominator, so two scores of the same value are
 * {@link #equals(Object) equal}: {@code Score.ratio(2, 4).equals(Score.ratio(1, 2))}.
 *
 * @param numerator   the numerator in lowest terms
 * @param denominator the denominator in lowest terms, always positive
 */
public record Score(BigInteger numerator, BigInteger denominator) implements Comparable<Score> {

    /** 0. */
    public static final Score ZERO = of(0);
    /** 1. */
    public static final Score ONE = of(1);
    /** 100. */
    public static final Score HUNDRED = of(100);

    /** Decimal places shown by {@link #display()}: {@link Displayed#DECIMALS}. */
    public static final int DISPLAY_SCALE = Displayed.DECIMALS;

    /**
     * Creates {@code numerator ÷ denominator}, reduced to lowest terms.
     *
     * @throws IllegalArgumentException when the denominator is zero
     */
    public Score {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() == 0) {
            throw new IllegalArgumentException("denominator is 0 (allowed: any non-zero integer)");
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (denominator.signum() == -1) {
            gcd = gcd.negate();
        }
        numerator = numerator.divide(gcd);
        denominator = denominator.divide(gcd);
    }

    /** The whole number {@code value}. */
    public static Score of(long value) {
        return new Score(BigInteger.valueOf(value), BigInteger.ONE);
    }

    /** The exact value of {@code value}, e.g. {@code 0.05} becomes 1/20. */
    public static Score of(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        BigDecimal atLeastUnits = value.setScale(Math.max(value.scale(), 0));
        return new Score(atLeastUnits.unscaledValue(), BigInteger.TEN.pow(atLeastUnits.scale()));
    }

    /** The exact value of a decimal written as text, e.g. {@code "96.5"}. */
    public static Score of(String decimal) {
        return of(new BigDecimal(decimal));
    }

    /**
     * Reads back what {@link #toString()} wrote: a decimal ({@code "80"}, {@code "-2.5"}) or a fraction in lowest terms
     * ({@code "289/3"}), so an exact value stored as text comes back equal.
     *
     * @throws IllegalArgumentException naming the text when it is neither
     */
    public static Score parse(String text) {
        Objects.requireNonNull(text, "text");
        int slash = text.indexOf('/');
        try {
            if (slash < 0) {
                return of(new BigDecimal(text));
            }
            BigInteger denominator = new BigInteger(text.substring(slash + 1));
            if (denominator.signum() <= 0) {
                throw new IllegalArgumentException("denominator of '" + text + "' must be positive");
            }
            return new Score(new BigInteger(text.substring(0, slash)), denominator);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is neither a decimal nor a fraction a/b", e);
        }
    }

    /**
     * {@code numerator ÷ denominator}.
     *
     * @throws IllegalArgumentException when the denominator is zero
     */
    public static Score ratio(long numerator, long denominator) {
        return new Score(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    /**
     * {@code part ÷ whole × 100}.
     *
     * @throws IllegalArgumentException when {@code whole} is zero
     */
    public static Score percent(long part, long whole) {
        return ratio(part, whole).times(HUNDRED);
    }

    /** The arithmetic mean of {@code scores}; empty when there are none. */
    public static Optional<Score> mean(Collection<Score> scores) {
        if (scores.isEmpty()) {
            return Optional.empty();
        }
        Score sum = scores.stream().reduce(ZERO, Score::plus);
        return Optional.of(sum.dividedBy(of(scores.size())));
    }

    /** {@code this + other}. */
    public Score plus(Score other) {
        return new Score(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    /** {@code this − other}. */
    public Score minus(Score other) {
        return plus(other.negate());
    }

    /** {@code −this}. */
    public Score negate() {
        return new Score(numerator.negate(), denominator);
    }

    /** {@code this × other}. */
    public Score times(Score other) {
        return new Score(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    /**
     * {@code this ÷ divisor}.
     *
     * @throws IllegalArgumentException when the divisor is zero
     */
    public Score dividedBy(Score divisor) {
        return new Score(numerator.multiply(divisor.denominator), denominator.multiply(divisor.numerator));
    }

    /** −1, 0 or 1 as this is negative, zero or positive. */
    public int signum() {
        return numerator.signum();
    }

    /** Whether {@code this < other}. */
    public boolean isLessThan(Score other) {
        return compareTo(other) < 0;
    }

    /** Whether {@code this > other}. */
    public boolean isGreaterThan(Score other) {
        return compareTo(other) > 0;
    }

    /** Whether {@code low ≤ this ≤ high}. */
    public boolean isBetween(Score low, Score high) {
        return !isLessThan(low) && !isGreaterThan(high);
    }

    @Override
    public int compareTo(Score other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    /** The value rounded HALF_UP to {@code scale} decimal places, e.g. for a NUMERIC column. */
    public BigDecimal toBigDecimal(int scale) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP);
    }

    /** The exact decimal value when it has a finite expansion (1/8 = 0.125); empty otherwise (1/3). */
    public Optional<BigDecimal> exactDecimal() {
        BigInteger rest = denominator;
        for (BigInteger factor : new BigInteger[] {BigInteger.TWO, BigInteger.valueOf(5)}) {
            while (rest.mod(factor).signum() == 0) {
                rest = rest.divide(factor);
            }
        }
        return rest.equals(BigInteger.ONE)
                ? Optional.of(new BigDecimal(numerator).divide(new BigDecimal(denominator)))
                : Optional.empty();
    }

    /**
     * The value as people see it: one decimal, rounded HALF_UP (289/3 → 96.3, 84.95 → 85.0). Every verdict, band, level
     * and flag compares this, not the exact value, so that it never contradicts the number shown.
     */
    public Displayed displayed() {
        return Displayed.of(this);
    }

    /** The text people read: {@link #displayed()} as text, e.g. {@code "96.3"} for 289/3. */
    public String display() {
        return displayed().text();
    }

    /** Whether {@link #display()} shows this value without rounding: 85 and 84.9 are; 84.95 and 289/3 are not. */
    public boolean isShownExactly() {
        return displayed().toScore().equals(this);
    }

    /** The exact decimal when it exists ({@code "80"}, {@code "2.5"}), else the fraction ({@code "289/3"}). */
    @Override
    public String toString() {
        return exactDecimal().map(BigDecimal::toPlainString).orElse(numerator + "/" + denominator);
    }
}
