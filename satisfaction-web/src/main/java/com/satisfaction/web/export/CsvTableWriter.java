package com.satisfaction.web.export;

import com.satisfaction.core.export.SpreadsheetText;
import com.satisfaction.core.scoring.Displayed;
import de.siegmar.fastcsv.writer.CsvWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * CSV as RFC 4180 writes it (CRLF between records; a field with a comma, quote or line break in quotes, quotes
 * doubled), in UTF-8 with a BOM so that Excel on Chinese Windows reads it as UTF-8 rather than GBK. FastCSV writes
 * it: over a million rows Commons CSV's general-purpose printing took about half of the export's CPU.
 */
final class CsvTableWriter implements TableWriter {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final CsvWriter csv;
    private final ZoneId zone;
    private CsvWriter.CsvWriterRecord record;
    private boolean started;

    CsvTableWriter(OutputStream out, ZoneId zone) throws IOException {
        out.write(BOM);
        this.csv = CsvWriter.builder().bufferSize(64 * 1024).build(out, StandardCharsets.UTF_8);
        this.zone = zone;
    }

    @Override
    public boolean holdsSeveralTables() {
        return false;
    }

    @Override
    public void table(String name, List<String> header) {
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
    public TableWriter text(String value) {
        field(SpreadsheetText.neutralise(value));
        return this;
    }

    @Override
    public TableWriter number(long value) {
        field(Long.toString(value));
        return this;
    }

    @Override
    public TableWriter decimal(BigDecimal value) {
        field(value == null ? "" : value.toPlainString());
        return this;
    }

    @Override
    public TableWriter score(Displayed value) {
        field(value.text());
        return this;
    }

    @Override
    public TableWriter time(Instant value) {
        field(TIME.format(value.atZone(zone)));
        return this;
    }

    private void field(String value) {
        if (record == null) {
            record = csv.writeRecord();
        }
        record.writeField(value);
    }

    @Override
    public void endRow() {
        if (record == null) {
            record = csv.writeRecord();
        }
        record.endRecord();
        record = null;
    }

    @Override
    public void close() throws IOException {
        csv.flush();
    }
}
