package com.satisfaction.web.export;

import com.satisfaction.core.scoring.Displayed;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Writes tables row by row onto a download as they are produced, never holding more than a row. Text cells are
 * neutralised against formula injection ({@link com.satisfaction.core.export.SpreadsheetText}); numbers stay numbers.
 * A CSV file holds one table; an XLSX file one sheet per table.
 */
interface TableWriter extends AutoCloseable {

    /** Whether the file holds more than one table (XLSX sheets); a CSV file holds only the first. */
    boolean holdsSeveralTables();

    /** Starts a table (a sheet) with its header row, which stays in view (frozen) where the format can. */
    void table(String name, List<String> header) throws IOException;

    /** A text cell; null is an empty cell. */
    TableWriter text(String value) throws IOException;

    /** An exact whole number. */
    TableWriter number(long value) throws IOException;

    /** An exact number, e.g. money; null is an empty cell. */
    TableWriter decimal(BigDecimal value) throws IOException;

    /** A score as people see it (rounded once, to the one decimal shown), written as a number. */
    TableWriter score(Displayed value) throws IOException;

    /** A moment, shown as a local date and time. */
    TableWriter time(Instant value) throws IOException;

    /** Ends the row. */
    void endRow() throws IOException;

    /** Completes the file; the output stream is left open. */
    @Override
    void close() throws IOException;
}
