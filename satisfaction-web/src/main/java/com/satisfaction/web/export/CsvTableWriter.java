package com.satisfaction.web.export;

import com.satisfaction.core.export.SpreadsheetText;
import com.satisfaction.core.scoring.Score;
import com.satisfaction.web.csv.CsvEncoding;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * CSV as RFC 4180 writes it (CRLF between records; a field with a comma, quote or line break in quotes, quotes
 * doubled), in UTF-8 with a BOM so that Excel on Chinese Windows reads it as UTF-8 rather than GBK.
 */
final class CsvTableWriter implements TableWriter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int BUFFER = 64 * 1024;

    private final Writer out;
    private final CSVPrinter printer;
    private final ZoneId zone;
    private boolean started;

    CsvTableWriter(OutputStream out, ZoneId zone) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
        this.out.write(CsvEncoding.BOM);
        this.printer = new CSVPrinter(this.out, CSVFormat.RFC4180);
        this.zone = zone;
    }

    @Override
    public boolean holdsSeveralTables() {
        return false;
    }

    @Override
    public void table(String name, List<String> header) throws IOException {
        if (started) {
            throw new IllegalStateException("a CSV file holds one table");
        }
        started = true;
        for (String title : header) {
            text(title);
        }
        endRow();
    }

    @Override
    public TableWriter text(String value) throws IOException {
        printer.print(SpreadsheetText.neutralise(value));
        return this;
    }

    @Override
    public TableWriter number(long value) throws IOException {
        printer.print(Long.toString(value));
        return this;
    }

    @Override
    public TableWriter decimal(BigDecimal value) throws IOException {
        printer.print(value == null ? "" : value.toPlainString());
        return this;
    }

    @Override
    public TableWriter score(Score value) throws IOException {
        printer.print(value.display());
        return this;
    }

    @Override
    public TableWriter time(Instant value) throws IOException {
        printer.print(TIME.format(value.atZone(zone)));
        return this;
    }

    @Override
    public void endRow() throws IOException {
        printer.println();
    }

    @Override
    public void close() throws IOException {
        printer.flush();
    }
}
