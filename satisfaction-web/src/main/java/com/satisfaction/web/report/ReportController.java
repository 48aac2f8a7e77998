package com.satisfaction.web.report;

import com.satisfaction.core.period.Period;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.OutputStream;
import java.security.Principal;
import java.util.Locale;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * A half-year's report: the printable page, the conclusion and its sign-off, and the downloads (PDF, XLSX, evidence
 * pack), each from one read of the report.
 */
@Controller
@RequestMapping("/periods/{period}")
class ReportController {

    static final String VIEW_REPORT = "reports/report";
    static final String MODEL_REPORT = "report";

    private final HalfYearReports reports;
    private final ReportConclusions conclusions;
    private final ReportPdf pdf;
    private final ReportWorkbook workbook;
    private final EvidencePack evidence;

    ReportController(HalfYearReports reports, ReportConclusions conclusions, ReportPdf pdf, ReportWorkbook workbook,
                     EvidencePack evidence) {
        this.reports = reports;
        this.conclusions = conclusions;
        this.pdf = pdf;
        this.workbook = workbook;
        this.evidence = evidence;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/report")
    String show(@PathVariable("period") String text, Model model) {
        HalfYearReport report = reports.report(periodOf(text));
        model.addAttribute("conclusionForm", ConclusionForm.of(report.conclusion()));
        return show(report, model);
    }

    @PostMapping("/report/conclusion")
    String saveConclusion(@PathVariable("period") String text, @Valid ConclusionForm conclusionForm,
                          BindingResult result, Principal principal, Model model, RedirectAttributes redirect) {
        Period period = periodOf(text);
        if (result.hasErrors()) {
            return show(reports.report(period), model);
        }
        return back(period, conclusions.save(period, conclusionForm, principal.getName()), redirect);
    }

    @PostMapping("/report/sign-off")
    String signOff(@PathVariable("period") String text, Principal principal, RedirectAttributes redirect) {
        Period period = periodOf(text);
        return back(period, conclusions.signOff(period, principal.getName()), redirect);
    }

    @GetMapping("/report.pdf")
    void pdf(@PathVariable("period") String text, Locale locale, HttpServletResponse response) throws IOException {
        HalfYearReport report = reports.report(periodOf(text));
        pdf.write(report, locale, download(response, "application/pdf", "report-" + report.view().period() + ".pdf"));
    }

    @GetMapping("/report.xlsx")
    void xlsx(@PathVariable("period") String text, Locale locale, HttpServletResponse response) throws IOException {
        HalfYearReport report = reports.report(periodOf(text));
        workbook.write(report, locale, download(response,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "report-" + report.view().period() + ".xlsx"));
    }

    @GetMapping("/evidence.zip")
    void evidence(@PathVariable("period") String text, Locale locale, HttpServletResponse response)
            throws IOException {
        HalfYearReport report = reports.report(periodOf(text));
        evidence.write(report, locale, download(response, "application/zip",
                "evidence-" + report.view().period() + ".zip"));
    }

    private static String show(HalfYearReport report, Model model) {
        model.addAttribute(MODEL_REPORT, report);
        model.addAttribute("pdf", false);
        return VIEW_REPORT;
    }

    private static String back(Period period, ReportConclusions.Outcome outcome, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", "reports.outcome." + outcome.name());
        return "redirect:/periods/" + period + "/report";
    }

    private static OutputStream download(HttpServletResponse response, String type, String name) throws IOException {
        response.setContentType(type);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name).build().toString());
        return response.getOutputStream();
    }

    /** The period named in the path; anything but {@code YYYY-H1} / {@code YYYY-H2} is a page that does not exist. */
    private static Period periodOf(String text) {
        try {
            return Period.of(text);
        } catch (IllegalArgumentException notAPeriod) {
            throw new ResponseStatusException(NOT_FOUND);
        }
    }
}
