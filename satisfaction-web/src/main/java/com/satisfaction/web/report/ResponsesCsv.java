package com.satisfaction.web.report;

import com.satisfaction.core.scoring.SurveyScore;
import com.satisfaction.persistence.report.PeriodReportRepository;
import com.satisfaction.persistence.report.ResponseRow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The period's responses as CSV for the evidence pack (UTF-8 with BOM, one row per response: customer code, submitted
 * time, survey score, why it is left out), streamed from a database cursor in the read-only transaction this holds.
 */
@Component
class ResponsesCsv {

    private final PeriodReportRepository reports;

    ResponsesCsv(PeriodReportRepository reports) {
        this.reports = reports;
    }

    @Transactional(readOnly = true)
    public void write(String period, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                .setHeader("response_id", "customer_code", "submitted_at", "survey_score", "excluded_reason").get());
        reports.eachResponse(period, row -> print(csv, row));
        csv.flush();
    }

    private static void print(CSVPrinter csv, ResponseRow row) {
        try {
            csv.printRecord(row.id(), ReportWorkbook.safe(row.customerCode()), row.submittedAt(),
                    row.possibleUnits() == null ? "" : SurveyScore.ofUnits(row.earnedUnits(), row.possibleUnits())
                            .value().display(),
                    row.excludedReason() == null ? "" : row.excludedReason());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
