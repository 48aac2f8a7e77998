package com.satisfaction.web.customer;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/** The register as a CSV download (streamed as it is read) and the import's empty template; UTF-8 with a BOM for Excel. */
@Controller
class CustomerFilesController {

    private final CustomerExport export;
    private final Clock clock;

    CustomerFilesController(CustomerExport export, Clock clock) {
        this.export = export;
        this.clock = clock;
    }

    @GetMapping("/customers/export.csv")
    void exportRegister(HttpServletResponse response, Locale locale) throws IOException {
        csv(response, "customers-" + LocalDate.now(clock) + ".csv");
        export.writeRegister(response.getWriter(), locale);
    }

    @GetMapping("/customers/import/template.csv")
    void template(HttpServletResponse response, Locale locale) throws IOException {
        csv(response, "customers-template.csv");
        CustomerExport.writeTemplate(response.getWriter(), locale);
    }

    private static void csv(HttpServletResponse response, String fileName) {
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
    }
}
