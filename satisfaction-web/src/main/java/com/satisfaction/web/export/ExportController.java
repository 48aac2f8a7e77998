package com.satisfaction.web.export;

import com.satisfaction.core.period.Period;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The downloads: a survey's responses (all, or one half-year's) and a half-year's per-customer scores, each as CSV or
 * XLSX. Every signed-in role may download (an executive reads and exports); each file is written while it is read, so
 * a handler returns nothing once it has written one.
 */
@Controller
class ExportController {

    private final ResponsesExport responses;
    private final ScoresExport scores;
    private final ZoneId zone;

    ExportController(ResponsesExport responses, ScoresExport scores, Clock clock) {
        this.responses = responses;
        this.scores = scores;
        this.zone = clock.getZone();
    }

    @GetMapping("/surveys/{id}/responses.{format:csv|xlsx}")
    String responses(@PathVariable long id, @PathVariable String format,
                     @RequestParam(name = "period", defaultValue = "") String periodText, Locale locale,
                     HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        Optional<Period> period;
        try {
            period = periodText.isBlank() ? Optional.empty() : Optional.of(Period.of(periodText.strip()));
        } catch (IllegalArgumentException notAPeriod) {
            redirect.addFlashAttribute("message", "exports.period.invalid");
            return "redirect:/surveys/" + id;
        }
        String name = responses.fileName(id, period, locale).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        ExportFormat exportFormat = ExportFormat.ofExtension(format);
        try (TableWriter out = exportFormat.writer(Download.start(response, name, exportFormat), zone)) {
            responses.write(id, period, out, locale);
        }
        return null;
    }

    @GetMapping("/periods/{period}/scores.{format:csv|xlsx}")
    void scores(@PathVariable("period") String periodText, @PathVariable String format, Locale locale,
                HttpServletResponse response) throws IOException {
        Period period;
        try {
            period = Period.of(periodText);
        } catch (IllegalArgumentException notAPeriod) {
            throw new ResponseStatusException(NOT_FOUND);
        }
        ExportFormat exportFormat = ExportFormat.ofExtension(format);
        try (TableWriter out = exportFormat.writer(
                Download.start(response, ScoresExport.fileName(period), exportFormat), zone)) {
            scores.write(period, out, locale);
        }
    }
}
