package com.satisfaction.web.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The report as PDF, from the same Thymeleaf template as the page (its print variant: no forms, no links) with
 * OpenHTMLtoPDF. Chinese is drawn with the bundled Noto Sans SC (OFL, a TrueType font PDFBox can embed), subset to the
 * glyphs used, so the PDF reads the same on a machine without any CJK font; the chart is SVG drawn by Batik.
 */
@Component
class ReportPdf {

    static final String FONT = "fonts/NotoSansSC-Regular.ttf";
    static final String FONT_FAMILY = "Noto Sans SC";
    private static final String CSS = "static/css/report.css";

    private final ITemplateEngine templates;

    ReportPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    void write(HalfYearReport report, Locale locale, OutputStream out) {
        Context context = new Context(locale, Map.of(ReportController.MODEL_REPORT, report, "pdf", true,
                "css", css()));
        String html = templates.process(ReportController.VIEW_REPORT, context);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        // one weight bundled (the repository stays small); bold text takes the nearest weight, this one
        builder.useFont(ReportPdf::font, FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font() {
        try {
            return new ClassPathResource(FONT).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String css() {
        try (InputStream in = new ClassPathResource(CSS).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
