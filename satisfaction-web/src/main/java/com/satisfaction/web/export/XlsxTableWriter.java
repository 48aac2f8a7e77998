package com.satisfaction.web.export;

import com.satisfaction.core.export.SpreadsheetText;
import com.satisfaction.core.scoring.Displayed;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * XLSX with FastExcel's streaming writer: rows go out to the download every {@value #FLUSH_EVERY} rows, and text is
 * written inline rather than into the shared-strings table (which FastExcel keeps in memory until the end), so a sheet
 * of a million rows needs the memory of a few hundred. The header row is frozen; scores are numbers with one decimal shown,
 * times real date-time cells. A table longer than a sheet allows ({@value #MAX_ROWS} rows) goes on in a next sheet
 * with the same header.
 */
final class XlsxTableWriter implements TableWriter {

    /** Rows of a sheet, header included (Excel's limit). */
    static final int MAX_ROWS = 1_048_576;
    private static final int FLUSH_EVERY = 500;
    /** Deflate's fastest level: the download is a little larger, and the export took a third less time. */
    private static final int COMPRESSION = 1;
    private static final int MAX_SHEET_NAME = 31;
    private static final String SCORE_FORMAT = "0.0";
    private static final String TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";

    private final Workbook workbook;
    private final ZoneId zone;
    private Worksheet sheet;
    private String name;
    private List<String> header;
    private int sheets;
    private int row;
    private int column;

    XlsxTableWriter(OutputStream out, ZoneId zone) {
        this.workbook = new Workbook(out, "Satisfaction", "1.0");
        this.workbook.setCompressionLevel(COMPRESSION);
        this.zone = zone;
    }

    @Override
    public boolean holdsSeveralTables() {
        return true;
    }

    @Override
    public void table(String name, List<String> header) throws IOException {
        this.name = name;
        this.header = List.copyOf(header);
        this.sheets = 0;
        startSheet();
    }

    private void startSheet() throws IOException {
        if (sheet != null) {
            sheet.finish();
        }
        sheets++;
        String suffix = sheets == 1 ? "" : " (" + sheets + ")";
        sheet = workbook.newWorksheet(sheetName(name, suffix));
        sheet.freezePane(0, 1);
        row = 0;
        column = 0;
        for (String title : header) {
            text(title);
        }
        endRow();
    }

    /** Excel's rules: at most 31 characters, none of {@code []:*?/\}. */
    private static String sheetName(String name, String suffix) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\]", " ");
        return clean.substring(0, Math.min(clean.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
    }

    @Override
    public TableWriter text(String value) {
        if (value != null && !value.isEmpty()) {
            sheet.inlineString(row, column, SpreadsheetText.neutralise(value));
        }
        column++;
        return this;
    }

    @Override
    public TableWriter number(long value) {
        sheet.value(row, column++, value);
        return this;
    }

    @Override
    public TableWriter decimal(BigDecimal value) {
        if (value != null) {
            sheet.value(row, column, value);
        }
        column++;
        return this;
    }

    @Override
    public TableWriter score(Displayed value) {
        sheet.value(row, column, value.value());
        sheet.style(row, column++).format(SCORE_FORMAT).set();
        return this;
    }

    @Override
    public TableWriter time(Instant value) {
        sheet.value(row, column, value.atZone(zone).toLocalDateTime());
        sheet.style(row, column++).format(TIME_FORMAT).set();
        return this;
    }

    @Override
    public void endRow() throws IOException {
        row++;
        column = 0;
        if (row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
        if (row == MAX_ROWS) {
            startSheet();
        }
    }

    @Override
    public void close() throws IOException {
        if (sheet != null) {
            sheet.finish();
        }
        workbook.finish();
    }
}
