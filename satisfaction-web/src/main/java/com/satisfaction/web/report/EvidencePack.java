package com.satisfaction.web.report;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The auditor's evidence pack of a half-year, streamed as one ZIP: the report as PDF, the report's XLSX (every
 * customer's composite and parts), the period's responses as CSV, and an index saying which clause each file answers
 * (ISO 9001 §9.1.2, IATF 16949 §9.1.2.1 and §9.3.2).
 */
@Component
class EvidencePack {

    /** A file of the pack and the message key of what it answers. */
    record Entry(String name, String clauses) {
    }

    private final ReportPdf pdf;
    private final ReportWorkbook workbook;
    private final ResponsesCsv responses;
    private final MessageSource messages;

    EvidencePack(ReportPdf pdf, ReportWorkbook workbook, ResponsesCsv responses, MessageSource messages) {
        this.pdf = pdf;
        this.workbook = workbook;
        this.responses = responses;
        this.messages = messages;
    }

    static List<Entry> entries(String period) {
        return List.of(new Entry("report-" + period + ".pdf", "reports.evidence.clauses.report"),
                new Entry("customers-" + period + ".xlsx", "reports.evidence.clauses.customers"),
                new Entry("responses-" + period + ".csv", "reports.evidence.clauses.responses"));
    }

    void write(HalfYearReport report, Locale locale, OutputStream out) throws IOException {
        String period = report.view().period();
        List<Entry> entries = entries(period);
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        OutputStream entry = new FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                zip.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush(); // each writer closes what it was given; the ZIP goes on
            }
        };
        zip.putNextEntry(new ZipEntry("index.txt"));
        entry.write(index(report, entries, locale).getBytes(StandardCharsets.UTF_8));
        zip.putNextEntry(new ZipEntry(entries.get(0).name()));
        pdf.write(report, locale, entry);
        zip.putNextEntry(new ZipEntry(entries.get(1).name()));
        workbook.write(report, locale, entry);
        zip.putNextEntry(new ZipEntry(entries.get(2).name()));
        responses.write(period, entry);
        entry.flush();
        zip.finish();
        zip.flush();
    }

    private String index(HalfYearReport report, List<Entry> entries, Locale locale) {
        StringBuilder text = new StringBuilder('\uFEFF' + message("reports.evidence.title", locale,
                report.view().period())).append("\r\n");
        text.append(report.draft() ? message("reports.draft", locale)
                : message("reports.evidence.hash", locale, report.view().sha256())).append("\r\n\r\n");
        for (Entry e : entries) {
            text.append(e.name()).append("\r\n    ").append(message(e.clauses(), locale)).append("\r\n");
        }
        return text.toString();
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
