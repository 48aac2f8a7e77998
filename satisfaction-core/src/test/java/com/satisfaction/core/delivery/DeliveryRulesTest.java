package com.satisfaction.core.delivery;

import com.satisfaction.core.delivery.DeliveryRules.Checked;
import com.satisfaction.core.delivery.DeliveryRules.Invalid;
import com.satisfaction.core.delivery.DeliveryRules.RawLine;
import com.satisfaction.core.delivery.DeliveryRules.Refused;
import com.satisfaction.core.delivery.DeliveryRules.Valid;
import com.satisfaction.core.delivery.DeliveryRules.Value;
import com.satisfaction.core.delivery.LineProblem.Field;
import com.satisfaction.core.delivery.LineProblem.Reason;
import com.satisfaction.core.period.Period;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeliveryRulesTest {

    static RawLine raw(String code, String kind, String lot, String date, String quantity, String reason) {
        return new RawLine(code, kind, lot, date, quantity, reason);
    }

    @Nested
    class Kinds {

        @ParameterizedTest
        @ValueSource(strings = {"发货", "交货", "出货", "送货", "delivery", "Delivery", " DELIVERED ", "d", "D"})
        void deliveries_are_written_in_chinese_or_english_in_any_case(String word) {
            assertThat(MovementKind.ofWord(word)).contains(MovementKind.DELIVERY);
        }

        @ParameterizedTest
        @ValueSource(strings = {"退货", "退回", "return", "RETURN", "Returned", "r"})
        void returns_are_written_in_chinese_or_english_in_any_case(String word) {
            assertThat(MovementKind.ofWord(word)).contains(MovementKind.RETURN);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "  ", "换货", "deliver", "x"})
        void any_other_word_is_no_kind(String word) {
            assertThat(MovementKind.ofWord(word)).isEmpty();
        }

        @Test
        void no_word_is_no_kind() {
            assertThat(MovementKind.ofWord(null)).isEmpty();
        }
    }

    @Nested
    class Quantities {

        @ParameterizedTest
        @CsvSource(delimiter = ';', value = {"1;1", "1200;1200", "'1,200';1200", "'12,000,000';12000000", "1200.00;1200",
                "1200.;1200", "+5;5", "007;7", "' 42 ';42", "999999999999;999999999999", "000999999999999;999999999999"})
        void a_whole_number_of_at_least_one_is_read(String text, long expected) {
            assertThat(DeliveryRules.quantity(text)).isEqualTo(new Value<>(expected));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "-0", "-5", "-1,000", "000", "0.00"})
        void zero_and_negative_quantities_are_refused(String text) {
            assertThat(DeliveryRules.quantity(text)).isEqualTo(new Refused<Long>(Reason.NOT_POSITIVE));
        }

        @ParameterizedTest
        @ValueSource(strings = {"1.5", "abc", "五", "１０", "1e5", "12,00", "1 000", "0x10", "--1", "5-", "٣", ".5", "NaN"})
        void anything_but_a_whole_number_is_refused(String text) {
            assertThat(DeliveryRules.quantity(text)).isEqualTo(new Refused<Long>(Reason.NOT_A_WHOLE_NUMBER));
        }

        @ParameterizedTest
        @ValueSource(strings = {"1000000000000", "99999999999999999999999", "1,000,000,000,000"})
        void more_than_twelve_digits_is_too_large(String text) {
            assertThat(DeliveryRules.quantity(text)).isEqualTo(new Refused<Long>(Reason.TOO_LARGE));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   "})
        void a_missing_quantity_is_required(String text) {
            assertThat(DeliveryRules.quantity(text)).isEqualTo(new Refused<Long>(Reason.REQUIRED));
            assertThat(DeliveryRules.quantity(null)).isEqualTo(new Refused<Long>(Reason.REQUIRED));
        }
    }

    @Nested
    class Dates {

        @ParameterizedTest
        @ValueSource(strings = {"2026-03-05", "2026-3-5", "2026/3/5", "2026/03/05", "2026.3.5", "20260305", " 2026-03-05 "})
        void the_forms_erp_exports_and_excel_write_are_read(String text) {
            assertThat(DeliveryRules.date(text)).isEqualTo(new Value<>(LocalDate.of(2026, 3, 5)));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-02-30", "2026-13-01", "2026-3/5", "05/03/2026", "2026-03", "tomorrow", "2026-00-10",
                "202603051", "2026年3月5日"})
        void a_day_not_in_the_calendar_or_another_form_is_not_a_date(String text) {
            assertThat(DeliveryRules.date(text)).isEqualTo(new Refused<LocalDate>(Reason.NOT_A_DATE));
        }

        @ParameterizedTest
        @ValueSource(strings = {"1999-12-31", "3000-01-01", "0001-01-01"})
        void a_year_no_period_may_have_is_out_of_range(String text) {
            assertThat(DeliveryRules.date(text)).isEqualTo(new Refused<LocalDate>(Reason.DATE_OUT_OF_RANGE));
        }

        @Test
        void a_missing_date_is_required() {
            assertThat(DeliveryRules.date("")).isEqualTo(new Refused<LocalDate>(Reason.REQUIRED));
            assertThat(DeliveryRules.date(null)).isEqualTo(new Refused<LocalDate>(Reason.REQUIRED));
        }
    }

    @Nested
    class LotsAndReasons {

        @Test
        void a_lot_is_required_and_holds_at_most_sixty_characters() {
            assertThat(DeliveryRules.lotProblem("L-1")).isEmpty();
            assertThat(DeliveryRules.lotProblem("批".repeat(60))).isEmpty();
            assertThat(DeliveryRules.lotProblem("批".repeat(61))).contains(Reason.TOO_LONG);
            assertThat(DeliveryRules.lotProblem(" ")).contains(Reason.REQUIRED);
            assertThat(DeliveryRules.lotProblem(null)).contains(Reason.REQUIRED);
        }

        @Test
        void a_defect_reason_is_required_and_holds_at_most_two_hundred_characters() {
            assertThat(DeliveryRules.defectReasonProblem("划伤")).isEmpty();
            assertThat(DeliveryRules.defectReasonProblem("x".repeat(200))).isEmpty();
            assertThat(DeliveryRules.defectReasonProblem("x".repeat(201))).contains(Reason.TOO_LONG);
            assertThat(DeliveryRules.defectReasonProblem("")).contains(Reason.REQUIRED);
            assertThat(DeliveryRules.defectReasonProblem(null)).contains(Reason.REQUIRED);
        }
    }

    @Nested
    class Lines {

        @Test
        void a_good_delivery_row_becomes_a_line_without_defect_reason() {
            Checked checked = DeliveryRules.check(raw(" C-1 ", "发货", " L-001 ", "2026-07-01", "1,000", "ignored"));

            assertThat(checked).isEqualTo(new Valid(new DeliveryLine(MovementKind.DELIVERY, "C-1", "L-001",
                    LocalDate.of(2026, 7, 1), 1000, null)));
            assertThat(((Valid) checked).line().period()).isEqualTo(Period.of("2026-H2"));
        }

        @Test
        void a_good_return_row_keeps_its_defect_reason() {
            Checked checked = DeliveryRules.check(raw("C-1", "return", "L-001", "2026/6/30", "3", " 划伤 "));

            assertThat(checked).isEqualTo(new Valid(new DeliveryLine(MovementKind.RETURN, "C-1", "L-001",
                    LocalDate.of(2026, 6, 30), 3, "划伤")));
            assertThat(((Valid) checked).line().period()).isEqualTo(Period.of("2026-H1"));
        }

        @Test
        void a_return_without_lot_or_defect_reason_names_both() {
            assertThat(DeliveryRules.check(raw("C-1", "退货", "", "2026-03-01", "2", "")))
                    .isEqualTo(new Invalid(java.util.List.of(new LineProblem(Field.LOT, Reason.REQUIRED),
                            new LineProblem(Field.DEFECT_REASON, Reason.REQUIRED))));
        }

        @Test
        void every_bad_field_of_a_row_is_reported_in_field_order() {
            Checked checked = DeliveryRules.check(raw("", "换货", "x".repeat(61), "2026-02-30", "-5", null));

            assertThat(((Invalid) checked).problems()).containsExactly(
                    new LineProblem(Field.CUSTOMER, Reason.REQUIRED),
                    new LineProblem(Field.KIND, Reason.UNKNOWN_KIND),
                    new LineProblem(Field.LOT, Reason.TOO_LONG),
                    new LineProblem(Field.DATE, Reason.NOT_A_DATE),
                    new LineProblem(Field.QUANTITY, Reason.NOT_POSITIVE));
        }

        @Test
        void a_missing_kind_is_required() {
            Checked checked = DeliveryRules.check(raw(null, null, null, null, null, null));

            assertThat(((Invalid) checked).problems()).containsExactly(
                    new LineProblem(Field.CUSTOMER, Reason.REQUIRED),
                    new LineProblem(Field.KIND, Reason.REQUIRED),
                    new LineProblem(Field.LOT, Reason.REQUIRED),
                    new LineProblem(Field.DATE, Reason.REQUIRED),
                    new LineProblem(Field.QUANTITY, Reason.REQUIRED));
        }

        @Test
        void an_invalid_line_keeps_a_copy_of_its_problems() {
            var problems = new java.util.ArrayList<>(java.util.List.of(new LineProblem(Field.LOT, Reason.REQUIRED)));
            Invalid invalid = new Invalid(problems);
            problems.clear();

            assertThat(invalid.problems()).hasSize(1);
        }
    }

    @Nested
    class LineInvariants {

        LocalDate day = LocalDate.of(2026, 1, 2);

        @Test
        void a_line_refuses_a_quantity_outside_its_range() {
            assertThatThrownBy(() -> new DeliveryLine(MovementKind.DELIVERY, "C", "L", day, 0, null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quantity 0");
            assertThatThrownBy(() -> new DeliveryLine(MovementKind.DELIVERY, "C", "L", day, DeliveryRules.QUANTITY_MAX + 1, null))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void a_return_needs_a_defect_reason_and_a_delivery_has_none() {
            assertThatThrownBy(() -> new DeliveryLine(MovementKind.RETURN, "C", "L", day, 1, " "))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("defect reason");
            assertThatThrownBy(() -> new DeliveryLine(MovementKind.RETURN, "C", "L", day, 1, null))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new DeliveryLine(MovementKind.DELIVERY, "C", "L", day, 1, "划伤"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no defect reason");
        }

        @Test
        void a_line_needs_its_kind_customer_lot_and_date() {
            assertThatThrownBy(() -> new DeliveryLine(null, "C", "L", day, 1, null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new DeliveryLine(MovementKind.DELIVERY, null, "L", day, 1, null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new DeliveryLine(MovementKind.DELIVERY, "C", null, day, 1, null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new DeliveryLine(MovementKind.DELIVERY, "C", "L", null, 1, null)).isInstanceOf(NullPointerException.class);
        }
    }
}
