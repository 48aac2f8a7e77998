package com.satisfaction.web.report;

import com.satisfaction.core.period.Period;
import com.satisfaction.web.export.ResponsesExport;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The auditor's evidence pack of a half-year, streamed as one ZIP: the report as PDF, the report's XLSX (every
 * customer's composite and parts), the responses of each of the period's surveys as CSV (the exports' own file: one
 * row per response, one column per question), and an index saying which clause each file answers
 * (ISO 9001 §9.1.2, IATF 16949 §9.1.2.1 and §9.3.2).
 */
@Component
class EvidencePack {

    /** A file of the pack and the message key of what it answers. */
    record Entry(String name, String clauses) {
    }

    private final ReportPdf pdf;
    private final ReportWorkbook workbook;
    private final ResponsesExport responses;
    private final MessageSource messages;

    EvidencePack(ReportPdf pdf, ReportWorkbook workbook, ResponsesExport responses, MessageSource messages) {
        this.pdf = pdf;
        this.workbook = workbook;
        this.responses = responses;
        this.messages = messages;
    }

    /** The files of the pack: the report, the customers, then one responses file per survey of the period. */
    static List<Entry> entries(String period, List<Long> surveys) {
        List<Entry> entries = new ArrayList<>(List.of(
                new Entry("report-" + period + ".pdf", "reports.evidence.clauses.report"),
                new Entry("customers-" + period + ".xlsx", "reports.evidence.clauses.customers")));
        for (long survey : surveys) {
            entries.add(new Entry(responsesFile(period, survey), "reports.evidence.clauses.responses"));
        }
        return entries;
    }

    static String responsesFile(String period, long survey) {
        return "responses-" + period + "-survey-" + survey + ".csv";
    }

    void write(HalfYearReport report, Locale locale, OutputStream out) throws IOException {
        String period = report.view().period();
        List<Long> surveys = responses.surveysOf(Period.of(period));
        List<Entry> entries = entries(period, surveys);
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
        for (long survey : surveys) {
            zip.putNextEntry(new ZipEntry(responsesFile(period, survey)));
            responses.writeCsv(survey, Period.of(period), entry, locale);
        }
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
