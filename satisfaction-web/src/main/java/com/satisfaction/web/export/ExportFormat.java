package com.satisfaction.web.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;

/** The file formats of the exports: what the download says it is and the writer that makes it. */
enum ExportFormat {

    CSV("csv", "text/csv;charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    String extension() {
        return extension;
    }

    String contentType() {
        return contentType;
    }

    /** A table writer of this format onto {@code out}; times are shown in {@code zone}. */
    TableWriter writer(OutputStream out, ZoneId zone) throws IOException {
        return this == CSV ? new CsvTableWriter(out, zone) : new XlsxTableWriter(out, zone);
    }

    /** The format of a path's extension ({@code csv} / {@code xlsx}). */
    static ExportFormat ofExtension(String extension) {
        return extension.equals(XLSX.extension) ? XLSX : CSV;
    }
}
