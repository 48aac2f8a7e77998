package com.satisfaction.core.export;

/**
 * Text written into a file a spreadsheet opens (CSV or XLSX): a cell that begins with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return could be run as a formula, or hide one behind a blank, when the file is opened
 * or its cells are pasted elsewhere (OWASP "CSV injection"), so it gets a leading apostrophe, which spreadsheets read as
 * "this is text". The rule is applied to every text cell of every format, so a value copied out of an XLSX into a CSV
 * stays as safe as the CSV itself; numbers are never text cells and never need it.
 */
public final class SpreadsheetText {

    /** The first characters that make a spreadsheet read a cell as a formula (or hide one). */
    static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetText() {
    }

    /** The text as written to a cell: {@code "=1+2"} → {@code "'=1+2"}; null → empty; anything else unchanged. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return startsLikeAFormula(text) ? "'" + text : text;
    }

    /** A cell read back: the apostrophe {@link #neutralise} added is taken off, nothing else is changed. */
    public static String restore(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && startsLikeAFormula(cell.substring(1))
                ? cell.substring(1) : cell;
    }

    private static boolean startsLikeAFormula(String text) {
        return FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }
}
