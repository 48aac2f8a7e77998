package com.satisfaction.web.export;

import com.satisfaction.core.period.Period;
import com.satisfaction.core.scoring.CompositePart;
import com.satisfaction.core.scoring.ReviewFlag;
import com.satisfaction.core.scoring.Score;
import com.satisfaction.persistence.period.CustomerScore;
import com.satisfaction.web.period.PeriodCustomerScores;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A half-year's per-customer scores as a table, the very figures of the period's page (closed: its snapshot; open:
 * scored now): register entry, counted responses, survey score, the five parts, composite, verdict, level, segment and
 * review flags. Scores are written as numbers with the one decimal the page shows; where the page says "no data" or
 * "incomplete" the cell says so too, never 0. An XLSX file has a second sheet saying what the scores rest on (status,
 * policy version, and for a closed period its close and snapshot hash).
 */
@Component
class ScoresExport {

    private final PeriodCustomerScores scores;
    private final MessageSource messages;

    ScoresExport(PeriodCustomerScores scores, MessageSource messages) {
        this.scores = scores;
        this.messages = messages;
    }

    static String fileName(Period period) {
        return "scores-" + period;
    }

    void write(Period period, TableWriter out, Locale locale) throws IOException {
        List<String> header = new ArrayList<>(List.of(message("exports.column.customerCode", locale),
                message("exports.column.customerName", locale), message("exports.column.keyAccount", locale),
                message("exports.column.annualValue", locale), message("periods.responses", locale),
                message("periods.surveyScore", locale)));
        for (CompositePart part : CompositePart.values()) {
            header.add(message("periods.part." + part.name(), locale));
        }
        header.addAll(List.of(message("periods.composite", locale), message("periods.verdict", locale),
                message("periods.level", locale), message("periods.segment", locale), message("periods.flags", locale)));
        out.table(message("exports.sheet.customers", locale), header);
        PeriodCustomerScores.Basis basis;
        try {
            basis = scores.each(period, customer -> row(out, customer, locale));
        } catch (UncheckedIOException downloadBroken) {
            throw downloadBroken.getCause();
        }
        if (out.holdsSeveralTables()) {
            writeBasis(out, basis, locale);
        }
    }

    private void row(TableWriter out, CustomerScore s, Locale locale) {
        try {
            out.text(s.customer().code()).text(s.customer().name())
                    .text(message(s.customer().keyAccount() ? "yes" : "no", locale))
                    .decimal(s.customer().annualValue()).number(s.responses());
            score(out, s.surveyScore(), "figure.noData", locale);
            for (CompositePart part : CompositePart.values()) {
                score(out, s.parts().of(part), "figure.noData", locale);
            }
            score(out, s.composite(), "periods.incomplete", locale);
            out.text(message("periods.verdict." + s.verdict().name(), locale))
                    .text(s.level().map(level -> message("periods.level." + level.name(), locale)).orElse(null))
                    .text(s.segment().map(segment -> message("periods.segment." + segment.name(), locale)).orElse(null))
                    .text(Arrays.stream(ReviewFlag.values()).filter(s.flags()::contains)
                            .map(flag -> message("periods.flag." + flag.name(), locale))
                            .collect(Collectors.joining(", ")));
            out.endRow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void score(TableWriter out, Optional<Score> score, String missingKey, Locale locale) throws IOException {
        if (score.isPresent()) {
            out.score(score.get().displayed());
        } else {
            out.text(message(missingKey, locale));
        }
    }

    private void writeBasis(TableWriter out, PeriodCustomerScores.Basis basis, Locale locale) throws IOException {
        out.table(message("exports.sheet.basis", locale),
                List.of(message("exports.column.item", locale), message("exports.column.value", locale)));
        out.text(message("periods.period", locale)).text(basis.period()).endRow();
        out.text(message("periods.status", locale)).text(message("periods.status." + basis.status().name(), locale))
                .endRow();
        out.text(message("periods.policyVersion", locale)).text(basis.policyVersion()).endRow();
        if (basis.sha256() != null) {
            out.text(message("periods.closedAt", locale)).time(basis.closedAt()).endRow();
            out.text(message("periods.closedBy", locale)).text(basis.closedBy()).endRow();
            out.text(message("periods.hash", locale)).text(basis.sha256()).endRow();
        }
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
