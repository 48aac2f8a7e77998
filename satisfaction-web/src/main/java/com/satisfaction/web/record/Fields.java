package com.satisfaction.web.record;

import com.satisfaction.core.record.AmountProblem;
import com.satisfaction.core.record.Amounts;
import com.satisfaction.core.record.Currencies;
import com.satisfaction.core.record.Money;
import com.satisfaction.core.record.RecordDates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How the records' forms read their text fields, once Bean Validation has checked their shape: real calendar dates
 * within the rules of {@link RecordDates}, amounts by {@link Amounts}, currencies from {@link Currencies}.
 */
final class Fields {

    static final String DATE = "|[0-9]{4}-[0-9]{2}-[0-9]{2}";
    static final String ID = "|[0-9]{1,18}";

    private Fields() {
    }

    static String strip(String value) {
        return value == null ? null : value.strip();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static Optional<Long> id(String text) {
        return text != null && text.matches("[0-9]{1,18}") ? Optional.of(Long.valueOf(text)) : Optional.empty();
    }

    /** The date typed, when it is a real day of the calendar ("2026-02-30" is not). */
    static Optional<LocalDate> date(String text) {
        try {
            return text == null || text.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException notADay) {
            return Optional.empty();
        }
    }

    /** The problem with a date field that has the right shape: not a calendar day, too early, in the future. */
    static void checkDate(String field, String text, LocalDate today, List<FieldProblem> problems) {
        if (text == null || !text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            return;
        }
        Optional<LocalDate> date = date(text);
        if (date.isEmpty()) {
            problems.add(new FieldProblem(field, "records.date.invalid"));
            return;
        }
        RecordDates.check(date.get(), today).ifPresent(problem -> problems.add(new FieldProblem(field,
                problem == RecordDates.Problem.TOO_EARLY ? "records.date.tooEarly" : "records.date.future")));
    }

    /** The problem with a typed amount, by the core's reading of it. */
    static void checkAmount(String field, String text, List<FieldProblem> problems) {
        if (Amounts.readPositive(text) instanceof Amounts.Refused refused) {
            problems.add(new FieldProblem(field, amountMessage(refused.problem())));
        }
    }

    static void checkCurrency(String field, String code, List<FieldProblem> problems) {
        if (Currencies.offered(code).isEmpty()) {
            problems.add(new FieldProblem(field, "records.currency.invalid"));
        }
    }

    static String amountMessage(AmountProblem problem) {
        return "records.amount." + switch (problem) {
            case MISSING -> "required";
            case NOT_A_NUMBER -> "notANumber";
            case EXPONENT -> "exponent";
            case SEPARATOR -> "separator";
            case NEGATIVE, ZERO -> "positive";
            case TOO_MANY_DECIMALS -> "decimals";
            case TOO_LARGE -> "tooLarge";
        };
    }

    /** The money typed, once {@link #checkAmount} and {@link #checkCurrency} found nothing wrong. */
    static Money money(String amount, String currency) {
        if (Amounts.readPositive(amount) instanceof Amounts.Read read) {
            Currency chosen = Currencies.offered(currency).orElseThrow();
            return Money.of(read.amount(), chosen);
        }
        throw new IllegalStateException("amount not checked: " + amount);
    }

    /** An amount as a form shows it again: plain digits, no grouping, no trailing zeros. */
    static String plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString().toUpperCase(Locale.ROOT);
    }
}
