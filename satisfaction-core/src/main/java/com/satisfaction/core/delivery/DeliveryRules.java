package com.satisfaction.core.delivery;

import com.satisfaction.core.delivery.LineProblem.Field;
import com.satisfaction.core.delivery.LineProblem.Reason;
import com.satisfaction.core.period.Period;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a delivery or return must hold to be stored, the same for a typed form and a row of an ERP export:
 * a kind, a lot of at most {@value #LOT_MAX} characters, a date of the calendar in a year a period may have, a whole
 * quantity from 1 to {@value #QUANTITY_MAX}, and for a return a defect reason of at most {@value #REASON_MAX}
 * characters. Quantities are whole units (pieces): the product return rate divides returned by delivered units, which
 * only means something when both count the same whole things.
 */
public final class DeliveryRules {

    /** The longest lot. */
    public static final int LOT_MAX = 60;
    /** The longest defect reason. */
    public static final int REASON_MAX = 200;
    /** The largest quantity of one line (twelve digits). */
    public static final long QUANTITY_MAX = 999_999_999_999L;

    /** 12000, 12,000 (thousands grouped as spreadsheets write them) and 12000.00 (a whole number with zero decimals). */
    private static final Pattern WHOLE = Pattern.compile("([+-]?)(\\d+|\\d{1,3}(?:,\\d{3})+)(?:\\.0*)?");
    /** 2026-03-15, 2026/3/15, 2026.3.15 (what Excel writes in a Chinese locale), or 20260315. */
    private static final Pattern DATE = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})|(\\d{4})(\\d{2})(\\d{2})");

    private DeliveryRules() {
    }

    /** The outcome of reading one field: its value, or why it cannot be stored. */
    public sealed interface Read<T> permits Value, Refused {
    }

    /**
     * A field's value.
     *
     * @param value the value
     * @param <T>   its type
     */
    public record Value<T>(T value) implements Read<T> {
    }

    /**
     * A field that cannot be stored.
     *
     * @param reason why
     * @param <T>    the type its value would have had
     */
    public record Refused<T>(Reason reason) implements Read<T> {
    }

    /** The outcome of checking a whole line. */
    public sealed interface Checked permits Valid, Invalid {
    }

    /**
     * A line that can be stored.
     *
     * @param line the line
     */
    public record Valid(DeliveryLine line) implements Checked {
    }

    /**
     * A line with at least one bad field.
     *
     * @param problems every bad field, in field order
     */
    public record Invalid(List<LineProblem> problems) implements Checked {

        /** Copies the problems. */
        public Invalid {
            problems = List.copyOf(problems);
        }
    }

    /**
     * A line as written, each field trimmed text (empty when not given).
     *
     * @param customerCode the customer's register code
     * @param kind         发货/delivery or 退货/return
     * @param lot          the lot
     * @param date         the date
     * @param quantity     the quantity
     * @param defectReason the defect reason
     */
    public record RawLine(String customerCode, String kind, String lot, String date, String quantity,
                          String defectReason) {
    }

    /** Every field of {@code raw} checked: the line, or every problem it has. */
    public static Checked check(RawLine raw) {
        List<LineProblem> problems = new ArrayList<>();
        String code = text(raw.customerCode());
        if (code.isEmpty()) {
            problems.add(new LineProblem(Field.CUSTOMER, Reason.REQUIRED));
        }
        String kindWord = text(raw.kind());
        Optional<MovementKind> kind = MovementKind.ofWord(kindWord);
        if (kind.isEmpty()) {
            problems.add(new LineProblem(Field.KIND, kindWord.isEmpty() ? Reason.REQUIRED : Reason.UNKNOWN_KIND));
        }
        String lot = text(raw.lot());
        lotProblem(lot).ifPresent(reason -> problems.add(new LineProblem(Field.LOT, reason)));
        Read<LocalDate> date = date(raw.date());
        if (date instanceof Refused<LocalDate> refused) {
            problems.add(new LineProblem(Field.DATE, refused.reason()));
        }
        Read<Long> quantity = quantity(raw.quantity());
        if (quantity instanceof Refused<Long> refused) {
            problems.add(new LineProblem(Field.QUANTITY, refused.reason()));
        }
        String reason = text(raw.defectReason());
        if (kind.orElse(null) == MovementKind.RETURN) {
            defectReasonProblem(reason).ifPresent(r -> problems.add(new LineProblem(Field.DEFECT_REASON, r)));
        }
        if (!problems.isEmpty()) {
            return new Invalid(problems);
        }
        MovementKind k = kind.orElseThrow();
        return new Valid(new DeliveryLine(k, code, lot, ((Value<LocalDate>) date).value(),
                ((Value<Long>) quantity).value(), k == MovementKind.RETURN ? reason : null));
    }

    /** Why a lot cannot be stored: missing or longer than {@value #LOT_MAX}; empty when it can. */
    public static Optional<Reason> lotProblem(String lot) {
        String value = text(lot);
        if (value.isEmpty()) {
            return Optional.of(Reason.REQUIRED);
        }
        return value.length() > LOT_MAX ? Optional.of(Reason.TOO_LONG) : Optional.empty();
    }

    /** Why a return's defect reason cannot be stored: missing or longer than {@value #REASON_MAX}; empty when it can. */
    public static Optional<Reason> defectReasonProblem(String defectReason) {
        String value = text(defectReason);
        if (value.isEmpty()) {
            return Optional.of(Reason.REQUIRED);
        }
        return value.length() > REASON_MAX ? Optional.of(Reason.TOO_LONG) : Optional.empty();
    }

    /** A whole quantity from 1 to {@value #QUANTITY_MAX}: {@code 1200}, {@code 1,200} or {@code 1200.00}. */
    public static Read<Long> quantity(String text) {
        String value = text(text);
        if (value.isEmpty()) {
            return new Refused<>(Reason.REQUIRED);
        }
        Matcher whole = WHOLE.matcher(value);
        if (!whole.matches()) {
            return new Refused<>(Reason.NOT_A_WHOLE_NUMBER);
        }
        String digits = whole.group(2).replace(",", "").replaceFirst("^0+(?=\\d)", "");
        if (whole.group(1).equals("-") || digits.chars().allMatch(c -> c == '0')) {
            return new Refused<>(Reason.NOT_POSITIVE);
        }
        if (digits.length() > String.valueOf(QUANTITY_MAX).length()) {
            return new Refused<>(Reason.TOO_LARGE);
        }
        long quantity = Long.parseLong(digits);
        return quantity > QUANTITY_MAX ? new Refused<>(Reason.TOO_LARGE) : new Value<>(quantity);
    }

    /** A date of the calendar in a year {@link Period} allows: {@code 2026-03-15}, {@code 2026/3/15}, {@code 20260315}. */
    public static Read<LocalDate> date(String text) {
        String value = text(text);
        if (value.isEmpty()) {
            return new Refused<>(Reason.REQUIRED);
        }
        Matcher matcher = DATE.matcher(value);
        if (!matcher.matches()) {
            return new Refused<>(Reason.NOT_A_DATE);
        }
        boolean separated = matcher.group(1) != null;
        int year = Integer.parseInt(separated ? matcher.group(1) : matcher.group(5));
        int month = Integer.parseInt(separated ? matcher.group(3) : matcher.group(6));
        int day = Integer.parseInt(separated ? matcher.group(4) : matcher.group(7));
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return new Refused<>(Reason.NOT_A_DATE);
        }
        if (year < Period.MIN_YEAR || year > Period.MAX_YEAR) {
            return new Refused<>(Reason.DATE_OUT_OF_RANGE);
        }
        return new Value<>(date);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
