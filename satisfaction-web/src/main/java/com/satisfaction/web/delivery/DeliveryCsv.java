package com.satisfaction.web.delivery;

import com.satisfaction.core.delivery.DeliveryRules.RawLine;
import com.satisfaction.web.csv.CsvEncoding;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads an ERP export of deliveries and returns row by row (Commons CSV), handing the rows on in batches, so that
 * a file of 100,000 rows is never held as 100,000 objects: only its text and one batch at a time. The header names
 * the columns in Chinese or English, in any order; other columns (product, specification…) are ignored.
 */
final class DeliveryCsv {

    static final int MAX_ROWS = 200_000;
    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

    /** The columns read; the defect reason may be missing from a file without returns. */
    enum Column {
        CUSTOMER(true, "客户编码", "Customer code", "客户代码", "code", "customer"),
        KIND(true, "类型", "Type", "单据类型", "kind"),
        LOT(true, "批次", "Lot", "批号", "批次号", "lot number", "batch"),
        DATE(true, "日期", "Date", "发货日期", "退货日期", "单据日期"),
        QUANTITY(true, "数量", "Quantity", "qty"),
        DEFECT_REASON(false, "不良原因", "Defect reason", "退货原因", "reason");

        private final boolean required;
        private final String chinese;
        private final String english;
        private final List<String> aliases;

        Column(boolean required, String chinese, String english, String... aliases) {
            this.required = required;
            this.chinese = chinese;
            this.english = english;
            this.aliases = Arrays.stream(aliases).map(Column::normalise).toList();
        }

        String header(Locale locale) {
            return "en".equals(locale.getLanguage()) ? english : chinese;
        }

        /** The message key naming the column on the pages. */
        public String messageKey() {
            return "deliveries.column." + name();
        }

        static Optional<Column> ofHeader(String header) {
            String wanted = normalise(header);
            return Arrays.stream(values()).filter(column -> normalise(column.chinese).equals(wanted)
                    || normalise(column.english).equals(wanted) || column.aliases.contains(wanted)).findFirst();
        }

        private static String normalise(String header) {
            return header == null ? "" : header.replace(CsvEncoding.BOM, "").replaceAll("[\\s_\\-]", "").toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A problem of the file ({@code line} 0, or the header's line 1) or of one of its rows; the column may be null.
     *
     * @param line       the line in the file
     * @param column     the column, or null
     * @param messageKey what to say
     * @param args       the message's arguments
     */
    record Problem(int line, Column column, String messageKey, List<Object> args) {

        static Problem of(int line, Column column, String messageKey, Object... args) {
            return new Problem(line, column, messageKey, List.of(args));
        }
    }

    /**
     * One non-empty data row as written, with the line it starts on.
     *
     * @param line the line in the file
     * @param raw  its cells
     */
    record Row(int line, RawLine raw) {
    }

    private DeliveryCsv() {
    }

    /**
     * Reads {@code text}, handing its rows to {@code batches} {@code size} at a time, in line order; returns the
     * problems of the file itself (a missing column, a broken quote, too many rows), which stop the reading.
     */
    static List<Problem> read(String text, int size, Consumer<List<Row>> batches) {
        List<Problem> problems = new ArrayList<>();
        String content = text.startsWith(CsvEncoding.BOM) ? text.substring(1) : text;
        try (Reader reader = new StringReader(content); CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            Map<Column, Integer> columns = null;
            List<Row> batch = new ArrayList<>(size);
            int rows = 0;
            Lines lines = new Lines(content);
            for (CSVRecord record : parser) {
                if (columns == null) {
                    columns = header(record, problems);
                    if (columns == null) {
                        return problems;
                    }
                    continue;
                }
                Map<Column, String> cells = cells(record, columns);
                if (cells.values().stream().allMatch(String::isEmpty)) {
                    continue;
                }
                if (++rows > MAX_ROWS) {
                    problems.add(Problem.of(0, null, "deliveries.csv.tooManyRows", MAX_ROWS));
                    break;
                }
                batch.add(new Row(lines.at(record.getCharacterPosition()),
                        new RawLine(cells.get(Column.CUSTOMER), cells.get(Column.KIND), cells.get(Column.LOT),
                                cells.get(Column.DATE), cells.get(Column.QUANTITY), cells.getOrDefault(Column.DEFECT_REASON, ""))));
                if (batch.size() == size) {
                    batches.accept(batch);
                    batch = new ArrayList<>(size);
                }
            }
            if (columns == null) {
                problems.add(Problem.of(0, null, "deliveries.csv.empty"));
            } else if (!batch.isEmpty()) {
                batches.accept(batch);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(Problem.of(0, null, "deliveries.csv.malformed"));
        }
        return problems;
    }

    /** Counts the non-empty data rows, as {@link #read} would hand them on. */
    static int countRows(String text) {
        int[] rows = {0};
        read(text, 1_000, batch -> rows[0] += batch.size());
        return Math.min(rows[0], MAX_ROWS);
    }

    /** The line a position of the text is on (1 for the first), for positions read in increasing order. */
    private static final class Lines {

        private final String text;
        private int position;
        private int line = 1;

        Lines(String text) {
            this.text = text;
        }

        int at(long characterPosition) {
            int end = (int) Math.min(characterPosition, text.length());
            for (; position < end; position++) {
                if (text.charAt(position) == '\n') {
                    line++;
                }
            }
            // a record read after empty lines starts where they do; it is named by its own first line
            for (; position < text.length() && (text.charAt(position) == '\n' || text.charAt(position) == '\r'); position++) {
                if (text.charAt(position) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    private static Map<Column, Integer> header(CSVRecord record, List<Problem> problems) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int i = 0; i < record.size(); i++) {
            int index = i;
            Column.ofHeader(record.get(i)).ifPresent(column -> columns.putIfAbsent(column, index));
        }
        List<Column> missing = Arrays.stream(Column.values()).filter(c -> c.required && !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            missing.forEach(column -> problems.add(Problem.of(1, column, "deliveries.csv.missingColumn")));
            return null;
        }
        return columns;
    }

    private static Map<Column, String> cells(CSVRecord record, Map<Column, Integer> columns) {
        Map<Column, String> cells = new EnumMap<>(Column.class);
        columns.forEach((column, index) -> cells.put(column, index < record.size() ? CsvEncoding.clean(record.get(index)) : ""));
        return cells;
    }

    /** The empty template: the BOM (so Excel reads UTF-8) and the header in the page's language. */
    static void writeTemplate(Appendable out, Locale locale) throws IOException {
        out.append(CsvEncoding.BOM);
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        for (Column column : Column.values()) {
            printer.print(column.header(locale));
        }
        printer.println();
        printer.flush();
    }
}
