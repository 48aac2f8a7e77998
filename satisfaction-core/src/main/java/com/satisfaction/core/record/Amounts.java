package com.satisfaction.core.record;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * How an amount typed by a person is read: exactly (a {@link BigDecimal}, never a double), written out in digits with
 * at most one decimal point and at most {@value Money#SCALE} decimals, more than zero and below
 * {@value #LIMIT_TEXT} (the largest amount a {@code NUMERIC(19, 4)} column holds is 999 999 999 999 999.9999).
 * Surrounding blanks are ignored; anything else that a person might mean differently ("1e3", "1,000", "12,5") is
 * refused with its own reason rather than guessed.
 */
public final class Amounts {

    /** The smallest amount refused as too large, as text: 10^15. */
    public static final String LIMIT_TEXT = "1000000000000000";

    /** 10^15: amounts must stay below it. */
    public static final BigDecimal LIMIT = new BigDecimal(LIMIT_TEXT);

    private static final Pattern PLAIN = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern EXPONENT = Pattern.compile("[-+]?[0-9]*\\.?[0-9]+[eE][-+]?[0-9]+");
    private static final Pattern SEPARATED = Pattern.compile("-?[0-9]+([, \u00a0\u202f'][0-9]+)+(\\.[0-9]+)?");

    private Amounts() {
    }

    /** What became of a typed amount: read, or refused with the reason. */
    public sealed interface Reading permits Read, Refused {
    }

    /** The amount, exact, more than zero and below the limit. */
    public record Read(BigDecimal amount) implements Reading {
    }

    /** Not an amount this product takes, and why. */
    public record Refused(AmountProblem problem) implements Reading {
    }

    /** Reads an amount that must be more than zero. */
    public static Reading readPositive(String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return new Refused(AmountProblem.MISSING);
        }
        if (!PLAIN.matcher(typed).matches()) {
            if (EXPONENT.matcher(typed).matches()) {
                return new Refused(AmountProblem.EXPONENT);
            }
            if (SEPARATED.matcher(typed).matches()) {
                return new Refused(AmountProblem.SEPARATOR);
            }
            return new Refused(AmountProblem.NOT_A_NUMBER);
        }
        BigDecimal amount = new BigDecimal(typed);
        if (amount.signum() < 0) {
            return new Refused(AmountProblem.NEGATIVE);
        }
        if (amount.signum() == 0) {
            return new Refused(AmountProblem.ZERO);
        }
        int point = typed.indexOf('.');
        if (point >= 0 && typed.length() - point - 1 > Money.SCALE) {
            return new Refused(AmountProblem.TOO_MANY_DECIMALS);
        }
        if (amount.compareTo(LIMIT) >= 0) {
            return new Refused(AmountProblem.TOO_LARGE);
        }
        return new Read(amount);
    }
}
