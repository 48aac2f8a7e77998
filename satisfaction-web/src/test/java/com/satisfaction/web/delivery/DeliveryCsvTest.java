package com.satisfaction.web.delivery;

import com.satisfaction.core.delivery.DeliveryRules.RawLine;
import com.satisfaction.web.delivery.DeliveryCsv.Column;
import com.satisfaction.web.delivery.DeliveryCsv.Problem;
import com.satisfaction.web.delivery.DeliveryCsv.Row;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryCsvTest {

    static List<List<Row>> batches(String text, int size, List<Problem> problems) {
        List<List<Row>> batches = new ArrayList<>();
        problems.addAll(DeliveryCsv.read(text, size, batches::add));
        return batches;
    }

    @Nested
    class Reading {

        @Test
        void rows_come_in_batches_in_line_order_named_by_the_line_they_start_on() {
            String text = "\uFEFF批次,客户编码,类型,日期,数量,规格,不良原因\r\n"
                    + "L1,C1,发货,2026-01-01,5,M8,\r\n"
                    + "\r\n"
                    + "L2,C1,退货,2026-01-02,1,M8,\"划伤\n严重\"\r\n"
                    + ",,,,,,\r\n"
                    + "L3,C2,发货,2026-01-03,7,M8,\r\n"
                    + "L4,C2,发货,2026-01-04,8,M8,";
            List<Problem> problems = new ArrayList<>();

            List<List<Row>> batches = batches(text, 2, problems);

            assertThat(problems).isEmpty();
            assertThat(batches).extracting(List::size).containsExactly(2, 2);
            assertThat(batches.stream().flatMap(List::stream).map(Row::line)).containsExactly(2, 4, 7, 8);
            assertThat(batches.get(0).get(1).raw()).isEqualTo(new RawLine("C1", "退货", "L2", "2026-01-02", "1", "划伤\n严重"));
            assertThat(DeliveryCsv.countRows(text)).isEqualTo(4);
        }

        @Test
        void english_headers_in_any_case_and_a_file_without_defect_reasons_are_read() {
            List<Problem> problems = new ArrayList<>();
            List<List<Row>> batches = batches("QTY,lot number,DATE,Kind,Customer\n3,L,2026-05-05,delivery,C\n", 10, problems);

            assertThat(problems).isEmpty();
            assertThat(batches.get(0).get(0).raw()).isEqualTo(new RawLine("C", "delivery", "L", "2026-05-05", "3", ""));
        }

        @Test
        void control_characters_and_blanks_around_cells_are_removed() {
            List<List<Row>> batches = batches("客户编码,类型,批次,日期,数量\n\u0000C1\u0007 ,发货, L\u001b1 ,2026-01-01, 5 \n", 10,
                    new ArrayList<>());

            assertThat(batches.get(0).get(0).raw()).isEqualTo(new RawLine("C1", "发货", "L1", "2026-01-01", "5", ""));
        }

        @Test
        void a_short_row_reads_its_missing_cells_as_empty() {
            List<List<Row>> batches = batches("客户编码,类型,批次,日期,数量\nC1,发货\n", 10, new ArrayList<>());

            assertThat(batches.get(0).get(0).raw()).isEqualTo(new RawLine("C1", "发货", "", "", "", ""));
        }
    }

    @Nested
    class FileProblems {

        @Test
        void missing_columns_are_named_on_the_header_line_and_nothing_is_read() {
            List<Problem> problems = new ArrayList<>();
            assertThat(batches("客户编码,批次,数量\nC,L,5\n", 10, problems)).isEmpty();

            assertThat(problems).containsExactly(Problem.of(1, Column.KIND, "deliveries.csv.missingColumn"),
                    Problem.of(1, Column.DATE, "deliveries.csv.missingColumn"));
        }

        @Test
        void an_empty_file_and_a_broken_quote_are_problems_of_the_file() {
            List<Problem> empty = new ArrayList<>();
            batches("", 10, empty);
            assertThat(empty).containsExactly(Problem.of(0, null, "deliveries.csv.empty"));

            List<Problem> broken = new ArrayList<>();
            batches("客户编码,类型,批次,日期,数量\nC,发货,\"L,2026-01-01,5\n", 10, broken);
            assertThat(broken).containsExactly(Problem.of(0, null, "deliveries.csv.malformed"));
        }

        @Test
        void more_rows_than_allowed_stop_the_reading() {
            StringBuilder text = new StringBuilder("客户编码,类型,批次,日期,数量\n");
            for (int i = 0; i <= DeliveryCsv.MAX_ROWS; i++) {
                text.append("C,发货,L").append(i).append(",2026-01-01,1\n");
            }
            List<Problem> problems = new ArrayList<>();
            int[] rows = {0};
            problems.addAll(DeliveryCsv.read(text.toString(), 1_000, batch -> rows[0] += batch.size()));

            assertThat(rows[0]).isEqualTo(DeliveryCsv.MAX_ROWS);
            assertThat(problems).containsExactly(Problem.of(0, null, "deliveries.csv.tooManyRows", DeliveryCsv.MAX_ROWS));
        }
    }

    @Test
    void the_template_holds_the_header_in_the_page_language() throws Exception {
        StringBuilder zh = new StringBuilder();
        DeliveryCsv.writeTemplate(zh, Locale.SIMPLIFIED_CHINESE);
        StringBuilder en = new StringBuilder();
        DeliveryCsv.writeTemplate(en, Locale.ENGLISH);

        assertThat(zh).hasToString("\uFEFF客户编码,类型,批次,日期,数量,不良原因\r\n");
        assertThat(en).hasToString("\uFEFFCustomer code,Type,Lot,Date,Quantity,Defect reason\r\n");
    }

    @Test
    void one_hundred_thousand_rows_are_read_quickly() {
        StringBuilder text = new StringBuilder("Customer code,Type,Lot,Date,Quantity,Defect reason,Product\n");
        for (int i = 0; i < 100_000; i++) {
            text.append("C-").append(i % 200).append(",delivery,LOT-").append(i).append(",2026-03-1").append(i % 9)
                    .append(',').append(100 + i % 900).append(",,Bolt M8\n");
        }
        long start = System.nanoTime();
        int rows = DeliveryCsv.countRows(text.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("Read 100,000 CSV rows in %d ms%n", millis);

        assertThat(rows).isEqualTo(100_000);
    }

    @Test
    void each_row_key_keeps_its_first_line() {
        KeyLines keys = new KeyLines();
        for (int line = 2; line < 5_000; line++) {
            assertThat(keys.firstLineOf("D\nC\nL" + line, line)).isZero();
        }
        assertThat(keys.firstLineOf("D\nC\nL77", 9_000)).isEqualTo(77);
        assertThat(keys.firstLineOf("D\nC\nL77", 77)).as("the same line read again").isZero();
        assertThat(keys.firstLineOf("R\nC\nL77", 9_001)).isZero();
    }
}
