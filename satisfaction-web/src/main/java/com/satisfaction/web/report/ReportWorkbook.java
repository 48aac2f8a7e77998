package com.satisfaction.web.report;

import com.satisfaction.core.export.SpreadsheetText;
import com.satisfaction.persistence.report.SuggestionRow;
import com.satisfaction.web.period.PeriodPage;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * The report as XLSX, written by FastExcel as it goes (rows flushed in batches, nothing held but the report): one
 * sheet per section — figures, customers, suggestions, flags and actions — numbers as numbers, the header row frozen.
 * "No data" and "insufficient sample" are text in a number column, never 0.
 */
@Component
class ReportWorkbook {

    private static final int FLUSH_EVERY = 500;

    private final MessageSource messages;

    ReportWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    void write(HalfYearReport report, Locale locale, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Satisfaction", "1.0");
        Text text = new Text(messages, locale);
        figures(workbook.newWorksheet(text.of("reports.sheet.figures")), report, text);
        customers(workbook.newWorksheet(text.of("reports.sheet.customers")), report, text);
        suggestions(workbook.newWorksheet(text.of("reports.sheet.suggestions")), report.suggestions(), text, locale);
        flags(workbook.newWorksheet(text.of("reports.sheet.flags")), report, text);
        workbook.finish();
    }

    private static void figures(Worksheet sheet, HalfYearReport report, Text text) throws IOException {
        header(sheet, text, "periods.figure", "periods.value", "periods.n", "reports.xlsx.intervalLow",
                "reports.xlsx.intervalHigh", "periods.target", "reports.xlsx.targetMet");
        int row = 1;
        for (PeriodPage.Figure f : report.view().figures()) {
            sheet.value(row, 0, text.of("periods.figure." + f.name()));
            number(sheet, row, 1, f.insufficient() ? null : f.value(),
                    text.of(f.insufficient() ? "periods.insufficientSample" : "figure.noData"));
            sheet.value(row, 2, f.n());
            if (f.interval() != null) {
                String[] bounds = f.interval().split("–");
                sheet.value(row, 3, new BigDecimal(bounds[0]));
                sheet.value(row, 4, new BigDecimal(bounds[1]));
            }
            if (f.target() != null) {
                sheet.value(row, 5, new BigDecimal(f.target()));
            }
            if (f.met() != null) {
                sheet.value(row, 6, f.met());
            }
            row++;
        }
        sheet.value(++row, 0, text.of("periods.hash"));
        sheet.value(row, 1, report.draft() ? text.of("reports.draft") : report.view().sha256());
        sheet.value(++row, 0, text.of("periods.policyVersion"));
        sheet.value(row, 1, safe(report.view().policyVersion()));
        sheet.finish();
    }

    private static void customers(Worksheet sheet, HalfYearReport report, Text text) throws IOException {
        List<String> keys = new ArrayList<>(List.of("reports.xlsx.code", "reports.xlsx.name",
                "periods.keyAccount", "reports.xlsx.annualValue", "periods.responses", "periods.surveyScore"));
        report.rule().parts().forEach(part -> keys.add("periods.part." + part.part()));
        keys.addAll(List.of("periods.composite", "periods.verdict", "periods.level", "periods.segment",
                "periods.flags"));
        header(sheet, text, keys.toArray(String[]::new));
        String noData = text.of("figure.noData");
        int row = 1;
        for (PeriodPage.CustomerLine c : report.view().lines()) {
            int col = 0;
            sheet.value(row, col++, safe(c.code()));
            sheet.value(row, col++, safe(c.name()));
            sheet.value(row, col++, c.keyAccount());
            if (c.annualValue() != null) {
                sheet.value(row, col, c.annualValue());
            }
            col++;
            sheet.value(row, col++, c.responses());
            number(sheet, row, col++, c.surveyScore(), noData);
            for (PeriodPage.PartCell part : c.parts()) {
                number(sheet, row, col++, part.shown(), noData);
            }
            number(sheet, row, col++, c.composite(), text.of("periods.incomplete"));
            sheet.value(row, col++, text.of("periods.verdict." + c.verdict()));
            sheet.value(row, col++, c.level() == null ? "" : text.of("periods.level." + c.level()));
            sheet.value(row, col++, c.segment() == null ? "" : text.of("periods.segment." + c.segment()));
            sheet.value(row, col, String.join(", ", c.flags().stream()
                    .map(f -> text.of("periods.flag." + f.flag())).toList()));
            if (++row % FLUSH_EVERY == 0) {
                sheet.flush();
            }
        }
        sheet.finish();
    }

    private static void suggestions(Worksheet sheet, List<SuggestionRow> rows, Text text, Locale locale)
            throws IOException {
        header(sheet, text, "reports.xlsx.code", "reports.xlsx.name", "reports.suggestion.at",
                "reports.suggestion.question", "reports.suggestion.text");
        boolean english = "en".equals(locale.getLanguage());
        int row = 1;
        for (SuggestionRow s : rows) {
            sheet.value(row, 0, safe(s.customerCode()));
            sheet.value(row, 1, safe(s.customerName()));
            if (s.submittedAt() != null) {
                sheet.value(row, 2, Date.from(s.submittedAt()));
                sheet.style(row, 2).format("yyyy-mm-dd hh:mm").set();
            }
            sheet.value(row, 3, safe(english ? s.questionEn() : s.questionZh()));
            sheet.value(row, 4, safe(s.text()));
            if (++row % FLUSH_EVERY == 0) {
                sheet.flush();
            }
        }
        sheet.finish();
    }

    private static void flags(Worksheet sheet, HalfYearReport report, Text text) throws IOException {
        header(sheet, text, "reports.xlsx.code", "reports.xlsx.name", "periods.flags", "reports.action.id",
                "reports.action.title", "reports.action.status");
        int row = 1;
        for (PeriodPage.CustomerLine c : report.flagged()) {
            for (PeriodPage.FlagCell flag : c.flags()) {
                List<PeriodPage.FlagAction> actions = flag.actions().isEmpty()
                        ? Collections.singletonList(null) : flag.actions();
                for (PeriodPage.FlagAction action : actions) {
                    sheet.value(row, 0, safe(c.code()));
                    sheet.value(row, 1, safe(c.name()));
                    sheet.value(row, 2, text.of("periods.flag." + flag.flag()));
                    if (action == null) {
                        sheet.value(row, 4, text.of("reports.flags.noAction"));
                    } else {
                        sheet.value(row, 3, action.id());
                        sheet.value(row, 4, safe(action.title()));
                        sheet.value(row, 5, text.of("actions.status." + action.status()));
                    }
                    row++;
                }
            }
        }
        sheet.finish();
    }

    private static void header(Worksheet sheet, Text text, String... keys) {
        for (int col = 0; col < keys.length; col++) {
            sheet.value(0, col, text.of(keys[col]));
            sheet.style(0, col).bold().set();
        }
        sheet.freezePane(0, 1);
    }

    /** A displayed number as a number; {@code missing} (a text) where there is none. */
    private static void number(Worksheet sheet, int row, int col, String shown, String missing) {
        if (shown == null) {
            sheet.value(row, col, missing);
        } else {
            sheet.value(row, col, new BigDecimal(shown));
        }
    }

    /** A text cell a spreadsheet will not run as a formula (core {@link SpreadsheetText}); an absent one stays absent. */
    static String safe(String text) {
        return text == null ? null : SpreadsheetText.neutralise(text);
    }

    /** The report's messages in one language. */
    record Text(MessageSource messages, Locale locale) {

        String of(String key) {
            return messages.getMessage(key, null, locale);
        }
    }
}
