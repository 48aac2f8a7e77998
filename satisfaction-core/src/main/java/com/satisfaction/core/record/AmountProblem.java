package com.satisfaction.core.record;

/** Why a typed amount of money was not taken; each has its own message for the person who typed it. */
public enum AmountProblem {
    /** Nothing was typed. */
    MISSING,
    /** Not digits with at most one decimal point ("abc", "1.2.3", ".5"). */
    NOT_A_NUMBER,
    /** Exponent notation ("1e3"): the amount must be written out. */
    EXPONENT,
    /** A thousands separator or decimal comma ("1,000", "1 000", "12,5"). */
    SEPARATOR,
    /** Below zero ("-5"). */
    NEGATIVE,
    /** Zero, where the amount must be more than nothing. */
    ZERO,
    /** More than four digits after the decimal point. */
    TOO_MANY_DECIMALS,
    /** {@value Amounts#LIMIT_TEXT} or more: beyond what is stored. */
    TOO_LARGE
}
