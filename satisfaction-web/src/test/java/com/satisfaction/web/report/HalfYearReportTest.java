package com.satisfaction.web.report;

import com.satisfaction.core.period.Period;
import com.satisfaction.persistence.user.Role;
import com.satisfaction.web.PageClient;
import com.satisfaction.web.PostgresApplicationTest;
import com.satisfaction.web.TestAccounts;
import com.satisfaction.web.period.HalfYearFixture;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The FM40 half-year report of the half-year worked out by hand in {@code HalfYearCloseTest} (FM40 policy): the page,
 * the conclusion and its sign-off, the PDF, the XLSX and the evidence pack, on PostgreSQL. The figures: 14 sent, 13
 * returned → 92.9 %; 6 satisfied, 4 not, 2 incomplete → 60.0 % (n 10, Wilson 31.3–83.2 %), target 85 % missed;
 * levels 4 dissatisfied, 4 satisfied, 2 very satisfied; grid crisis 1, low priority 3, potential 1, at risk 3, star 1,
 * base 1; flags on A03 (survey items) and A04, A05, A06, A07, A09 (management review meeting).
 */
@PostgresApplicationTest
class HalfYearReportTest {

    private static final String SUGGESTION = "请缩短交期，包装再加强。";
    private static final String FORMULA = "=HYPERLINK(\"http://x\")";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    HalfYearFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    PageClient manager;
    PageClient executive;
    String prefix;

    @BeforeEach
    void people() {
        manager = new PageClient(mvc, as(Role.QUALITY_MANAGER), "en");
        executive = new PageClient(mvc, as(Role.EXECUTIVE), "en");
        prefix = "R" + UUID.randomUUID().toString().substring(0, 6) + "-";
    }

    @Test
    void a_closed_half_years_report_shows_the_hand_computed_figures_from_its_snapshot_and_its_hash() throws Exception {
        Period period = Period.of("2051-H1");
        HalfYearFixture.HalfYear h = halfYearWithSuggestions(period);

        Document draft = manager.open("/periods/" + period + "/report");
        assertThat(draft.selectFirst("#draft").text()).startsWith("Draft — the half-year is not closed");
        assertThat(draft.select("#snapshot-hash")).isEmpty();
        assertThat(draft.selectFirst("#satisfaction-rate .value").text()).isEqualTo("60.0 %");

        String hash = close(period);
        // after the close, a record changes: the closed report does not move
        fixture.claim(h.ids.get("A08"), period.startDate().plusDays(100));

        Document report = executive.open("/periods/" + period + "/report");
        assertThat(report.select("#draft")).isEmpty();
        assertThat(report.selectFirst("#report-title").text())
                .isEqualTo("Customer satisfaction survey — summary and analysis report");
        assertThat(report.selectFirst("#snapshot-hash").text()).isEqualTo(hash);
        assertThat(report.selectFirst("#recipients").text()).contains("12 customers, 2 of them key accounts");
        assertThat(report.selectFirst("#sent-returned").text()).isEqualTo("14 questionnaires sent, 13 returned.");
        assertThat(cells(report, "#response-rate")).containsExactly("92.9 %", "n = 14", interval(13, 14),
                "Our target response rate is ≥ 70.0 %");
        assertThat(report.selectFirst("#returns .met").text()).isEqualTo("The response target is met.");
        assertThat(report.selectFirst("#waiver").text()).contains("Key account A10 was away");
        assertThat(report.selectFirst("#satisfied td").text()).isEqualTo("6");
        assertThat(report.selectFirst("#not-satisfied td").text()).isEqualTo("4");
        assertThat(report.selectFirst("#incomplete td").text()).isEqualTo("2");
        assertThat(cells(report, "#satisfaction-rate")).containsExactly("60.0 %", "n = 10", "31.3–83.2 %",
                "Our target satisfaction rate is ≥ 85.0 %");
        assertThat(report.selectFirst("#results .missed").text()).isEqualTo("The satisfaction target is missed.");
        assertThat(report.selectFirst("#figure-overallComposite .value").text()).isEqualTo("85.4");
        assertThat(report.select("#scoring-parts li").eachText()).containsExactly("Survey: up to 60 points",
                "Product returns: up to 10 points", "Lost business: up to 10 points", "Praise: up to 10 points",
                "Claims: up to 10 points");
        assertThat(report.selectFirst("#policy-version").text()).startsWith("Scoring policy version: ");

        assertThat(levels(report)).containsExactly(Map.entry("DISSATISFIED", "4"), Map.entry("SATISFIED", "4"),
                Map.entry("VERY_SATISFIED", "2"), Map.entry("INCOMPLETE", "2"));
        assertThat(report.select("#level-chart svg rect").eachAttr("width")).containsExactly("360", "360", "180", "180");
        Map<String, String> grid = new LinkedHashMap<>();
        report.select("#segment-grid td").forEach(td -> grid.put(td.attr("data-segment"), td.selectFirst(".count").text()));
        assertThat(grid).containsExactly(Map.entry("CRISIS", "1"), Map.entry("POTENTIAL", "1"), Map.entry("STAR", "1"),
                Map.entry("LOW_PRIORITY", "3"), Map.entry("AT_RISK", "3"), Map.entry("BASE", "1"));

        assertThat(report.select("#customers tbody tr")).hasSize(12);
        // A08's claim came after the close: the report still shows its frozen 100.0
        assertThat(row(report, h.code("A08"))).containsExactly("60.0", "10.0", "10.0", "10.0", "10.0", "100.0",
                "satisfied", "very satisfied", "star", "");
        assertThat(row(report, h.code("A04"))).containsExactly("48.0", "5.0", "8.0", "4.0", "0.0", "65.0",
                "not satisfied", "dissatisfied", "crisis", "management review meeting");
        assertThat(row(report, h.code("A10")).subList(5, 7)).containsExactly("incomplete", "no data");

        assertThat(report.select("#suggestions td.suggestion").eachText()).containsExactly(SUGGESTION, FORMULA);
        assertThat(report.select("#flags tbody tr").eachAttr("data-code")).containsExactly(h.code("A03"),
                h.code("A04"), h.code("A05"), h.code("A06"), h.code("A07"), h.code("A09"));
        assertThat(report.select("#flags tbody tr").first().text()).contains("review the survey items",
                "no improvement action yet");

        // the period's page links to the report and its downloads
        Document periodPage = executive.open("/periods/" + period);
        assertThat(periodPage.select("#report-links a").eachAttr("href")).containsExactly(
                "/periods/" + period + "/report", "/periods/" + period + "/report.pdf",
                "/periods/" + period + "/report.xlsx", "/periods/" + period + "/evidence.zip");
        // nothing written yet: nothing to sign off
        assertThat(flash(post("/periods/" + period + "/report/sign-off", Role.QUALITY_MANAGER)))
                .isEqualTo("Write and save the conclusion before signing off.");
        assertThat(report.selectFirst("#conclusion-text").text()).isEqualTo("(not filled in)");
        Document zh = new PageClient(mvc, as(Role.EXECUTIVE), "zh").open("/periods/" + period + "/report");
        assertThat(zh.selectFirst("#report-title").text()).isEqualTo("客户满意度调查总结分析报告");
        assertThat(zh.selectFirst("#sent-returned").text()).isEqualTo("共发出 14 份调查表，回收 13 份。");
    }

    @Test
    void the_quality_manager_writes_and_signs_off_the_conclusion_which_a_reopen_clears() throws Exception {
        Period period = Period.of("2052-H1");
        fixture.handComputed(period, prefix);
        String url = "/periods/" + period + "/report";

        Document draft = manager.open(url);
        assertThat(draft.select("#sign-off-form")).isEmpty();
        assertThat(flash(post(url + "/sign-off", Role.QUALITY_MANAGER)))
                .isEqualTo("The half-year is not closed: its report cannot be signed off.");
        // the executive reads, never writes
        Document read = executive.open(url);
        assertThat(read.select("#conclusion-form, #sign-off-form")).isEmpty();
        assertThat(status(post(url + "/conclusion", Role.EXECUTIVE).param("conclusion", "x"))).isEqualTo(403);
        assertThat(status(post(url + "/sign-off", Role.EXECUTIVE))).isEqualTo(403);

        // too long: the form again with its message, nothing stored
        Element form = draft.selectFirst("#conclusion-form");
        form.selectFirst("#conclusion").val("x".repeat(4001));
        MvcResult tooLong = manager.submit(form);
        assertThat(tooLong.getResponse().getStatus()).isEqualTo(200);
        assertThat(org.jsoup.Jsoup.parse(tooLong.getResponse().getContentAsString())
                .selectFirst("#conclusion-form .field-error").text()).isEqualTo("最多 4000 个字符。");
        assertThat(rows("SELECT COUNT(*) FROM period_report WHERE period_id = ?", period)).isZero();

        form.selectFirst("#conclusion").val("  Satisfaction 60.0 % is below the 85 % target.  ");
        form.selectFirst("#measures").val("Deliveries: weekly review with A04.");
        form.selectFirst("#nextTargets").val("Satisfaction rate ≥ 85 %");
        Document saved = manager.follow(manager.submit(form));
        assertThat(saved.selectFirst(".flash").text()).isEqualTo("The conclusion is saved.");
        assertThat(saved.selectFirst("#conclusion").text()).isEqualTo("Satisfaction 60.0 % is below the 85 % target.");
        assertThat(saved.selectFirst("#signature").text()).isEqualTo("Not signed off yet.");

        close(period);
        Document closed = manager.open(url);
        Document signed = manager.follow(manager.submit(closed.selectFirst("#sign-off-form")));
        assertThat(signed.selectFirst(".flash").text())
                .isEqualTo("The report is signed off; its conclusion is now read-only.");
        String qm = jdbc.queryForObject("SELECT signed_by FROM period_report WHERE period_id = ?", String.class,
                period.toString());
        assertThat(signed.selectFirst("#signature").text()).startsWith("Signed off by " + qm + " on ");
        assertThat(signed.select("#conclusion-form, #sign-off-form")).isEmpty();
        assertThat(signed.selectFirst("#conclusion-text").text()).isEqualTo("Satisfaction 60.0 % is below the 85 % target.");
        // read-only now: a post changes nothing
        assertThat(flash(post(url + "/conclusion", Role.QUALITY_MANAGER).param("conclusion", "changed")))
                .isEqualTo("The report is signed off; its conclusion can no longer change.");
        assertThat(jdbc.queryForObject("SELECT conclusion FROM period_report WHERE period_id = ?", String.class,
                period.toString())).isEqualTo("Satisfaction 60.0 % is below the 85 % target.");
        assertThat(flash(post(url + "/sign-off", Role.ADMIN)))
                .isEqualTo("The report is signed off; its conclusion can no longer change.");

        // re-opening the half-year clears the sign-off, logged
        Element reopen = manager.open("/periods/" + period).selectFirst("#reopen-form");
        reopen.selectFirst("textarea").val("A10 answered late.");
        manager.follow(manager.submit(reopen));
        Document reopened = manager.open(url);
        assertThat(reopened.selectFirst("#draft")).isNotNull();
        assertThat(reopened.selectFirst("#signature").text()).isEqualTo("Not signed off yet.");
        assertThat(reopened.selectFirst("#conclusion").text()).isEqualTo("Satisfaction 60.0 % is below the 85 % target.");
        assertThat(reopened.select("#report-log tr td:nth-child(3)").eachText()).containsExactly("conclusion saved",
                "signed off", "half-year re-opened, sign-off cleared");
        assertThat(jdbc.queryForList("SELECT kind FROM period_report_event WHERE period_id = ? ORDER BY id",
                String.class, period.toString())).containsExactly("SAVED", "SIGNED", "SIGNATURE_CLEARED");
    }

    @Test
    void the_pdf_embeds_its_font_and_reads_as_the_report_in_chinese() throws Exception {
        Period period = Period.of("2053-H1");
        halfYearWithSuggestions(period);
        String hash = close(period);

        MockHttpServletResponse response = download("/periods/" + period + "/report.pdf", "zh");
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).contains("report-" + period + ".pdf");
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            // the text copies out as it was written: 户, not the Kangxi radical ⼾ that shares its glyph (fonts/README.txt)
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("客户满意度调查总结分析报告", "共发出 14 份调查表，回收 13 份。", "92.9 %", "60.0 %",
                    "31.3–83.2 %", hash, SUGGESTION, "85.4").doesNotContain("⼾");
            List<PDFont> fonts = fonts(pdf);
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded())
                    .as("%s embedded", font.getName()).isTrue());
            assertThat(fonts).extracting(PDFont::getName).as("one subset of the bundled font")
                    .allSatisfy(name -> assertThat(name).endsWith("+NotoSansSC-Regular"))
                    .containsOnly(fonts.get(0).getName());
        }
    }

    @Test
    void the_xlsx_has_a_sheet_per_section_with_numbers_as_numbers_and_text_that_is_never_a_formula()
            throws Exception {
        Period period = Period.of("2054-H1");
        HalfYearFixture.HalfYear h = halfYearWithSuggestions(period);
        close(period);

        byte[] xlsx = download("/periods/" + period + "/report.xlsx", "en").getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheets().map(Sheet::getName)).containsExactly("Figures", "Customers",
                    "Suggestions", "Flags and actions");
            List<Row> figures = rows(workbook, 0);
            Row satisfaction = figures.stream().filter(r -> "Satisfaction rate".equals(text(r, 0))).findFirst()
                    .orElseThrow();
            assertThat(number(satisfaction, 1)).isEqualByComparingTo("60.0");
            assertThat(number(satisfaction, 2)).isEqualByComparingTo("10");
            assertThat(number(satisfaction, 3)).isEqualByComparingTo("31.3");
            assertThat(number(satisfaction, 4)).isEqualByComparingTo("83.2");
            assertThat(number(satisfaction, 5)).isEqualByComparingTo("85.0");
            assertThat(satisfaction.getCell(6).getType()).isEqualTo(CellType.BOOLEAN);

            List<Row> customers = rows(workbook, 1);
            assertThat(customers).hasSize(13);
            Row a04 = customers.stream().filter(r -> h.code("A04").equals(text(r, 0))).findFirst().orElseThrow();
            assertThat(number(a04, 3)).isEqualByComparingTo("300000");
            assertThat(number(a04, 5)).isEqualByComparingTo("80.0");
            assertThat(List.of(number(a04, 6), number(a04, 7), number(a04, 8), number(a04, 9), number(a04, 10),
                    number(a04, 11))).extracting(BigDecimal::toPlainString)
                    .containsExactly("48.0", "5.0", "8.0", "4.0", "0.0", "65.0");
            Row a10 = customers.stream().filter(r -> h.code("A10").equals(text(r, 0))).findFirst().orElseThrow();
            assertThat(text(a10, 5)).isEqualTo("no data");
            assertThat(text(a10, 11)).isEqualTo("incomplete");

            List<Row> suggestions = rows(workbook, 2);
            assertThat(suggestions.subList(1, 3)).extracting(r -> text(r, 4)).containsExactly(SUGGESTION, "'" + FORMULA);
            assertThat(rows(workbook, 3)).hasSize(7);
        }
        // every sheet's header row is frozen
        assertThat(sheetXml(xlsx)).hasSize(4).allSatisfy(xml -> assertThat(xml).contains("state=\"frozen\"")
                .contains("ySplit=\"1\""));
    }

    @Test
    void the_evidence_pack_holds_the_pdf_xlsx_responses_and_an_index_of_the_clauses_they_answer() throws Exception {
        Period period = Period.of("2055-H1");
        HalfYearFixture.HalfYear h = halfYearWithSuggestions(period);
        String hash = close(period);

        MockHttpServletResponse response = download("/periods/" + period + "/evidence.zip", "en");
        assertThat(response.getContentType()).isEqualTo("application/zip");
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                files.put(e.getName(), zip.readAllBytes());
            }
        }
        String responses = "responses-" + period + "-survey-" + h.survey.id() + ".csv";
        assertThat(files.keySet()).containsExactly("index.txt", "report-" + period + ".pdf",
                "customers-" + period + ".xlsx", responses);
        String index = new String(files.get("index.txt"), StandardCharsets.UTF_8);
        assertThat(index).contains(hash, "report-" + period + ".pdf", "customers-" + period + ".xlsx",
                responses, "ISO 9001 §9.1.2", "IATF 16949 §9.1.2.1", "§9.3.2");
        try (PDDocument pdf = Loader.loadPDF(files.get("report-" + period + ".pdf"))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(hash);
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(
                files.get("customers-" + period + ".xlsx")))) {
            assertThat(rows(workbook, 1)).hasSize(13);
        }
        // the exports' responses file: one row per response, its survey score in the eighth column, then the answers
        List<String> csv = new String(files.get(responses), StandardCharsets.UTF_8).lines().toList();
        assertThat(csv.get(0)).startsWith("\uFEFFResponse,Customer code,");
        assertThat(csv).hasSize(14);
        assertThat(csv).filteredOn(line -> line.contains(h.code("A04"))).extracting(line -> line.split(",")[7])
                .containsExactlyInAnyOrder("100.0", "80.0", "60.0");
    }

    // ------------------------------------------------------------------------------------------------------------

    /** The hand-computed half-year, with two written suggestions (one that looks like a formula). */
    private HalfYearFixture.HalfYear halfYearWithSuggestions(Period period) {
        HalfYearFixture.HalfYear h = fixture.handComputed(period, prefix);
        long question = fixture.textQuestion(h.survey.npsQuestion());
        fixture.textAnswer(response(h, "A01"), question, SUGGESTION);
        fixture.textAnswer(response(h, "A02"), question, FORMULA);
        fixture.textAnswer(response(h, "A03"), question, "   ");
        return h;
    }

    private long response(HalfYearFixture.HalfYear h, String name) {
        return jdbc.queryForObject("SELECT MIN(id) FROM response WHERE customer_id = ?", Long.class, h.ids.get(name));
    }

    /** Closes the period on a waiver (its key account A10 has not answered); returns the snapshot's hash. */
    private String close(Period period) throws Exception {
        Element form = manager.open("/periods/" + period).selectFirst("#close-form");
        form.selectFirst("textarea").val("Key account A10 was away; 13 of 14 answered.");
        return manager.follow(manager.submit(form)).selectFirst("#snapshot-hash").text();
    }

    private static List<String> cells(Document page, String row) {
        return page.select(row + " td").eachText();
    }

    private static Map<String, String> levels(Document page) {
        Map<String, String> levels = new LinkedHashMap<>();
        page.select("#level-chart tr").forEach(tr -> levels.put(tr.attr("data-level"), tr.selectFirst(".count").text()));
        return levels;
    }

    private static List<String> row(Document page, String code) {
        Element row = page.selectFirst("#customers tr[data-code=" + code + "]");
        assertThat(row).as("row of %s", code).isNotNull();
        List<String> cells = new ArrayList<>(row.select("td.part").eachText());
        cells.add(row.selectFirst(".composite").text());
        cells.add(row.selectFirst(".verdict").text());
        cells.add(row.selectFirst(".level").text());
        cells.add(row.selectFirst(".segment").text());
        cells.add(row.selectFirst(".flags").text());
        return cells;
    }

    private static String interval(long successes, long trials) {
        return com.satisfaction.core.scoring.WilsonInterval.of(successes, trials).orElseThrow().display() + " %";
    }

    private static List<PDFont> fonts(PDDocument pdf) throws Exception {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        return fonts;
    }

    private static List<Row> rows(ReadableWorkbook workbook, int sheet) throws Exception {
        try (var rows = workbook.getSheet(sheet).orElseThrow().openStream()) {
            return rows.toList();
        }
    }

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        assertThat(cell.getType()).as("cell %s", cell.getAddress()).isEqualTo(CellType.STRING);
        return cell.asString();
    }

    private static BigDecimal number(Row row, int column) {
        Cell cell = row.getCell(column);
        assertThat(cell.getType()).as("cell %s", cell.getAddress()).isEqualTo(CellType.NUMBER);
        return cell.asNumber();
    }

    /** The worksheets' XML (read with ZipFile: FastExcel streams its entries with data descriptors). */
    private static List<String> sheetXml(byte[] xlsx) throws Exception {
        Path file = Files.createTempFile("report", ".xlsx");
        try {
            Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                return zip.stream().filter(e -> e.getName().startsWith("xl/worksheets/sheet")).map(e -> {
                    try (var in = zip.getInputStream(e)) {
                        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    } catch (java.io.IOException failed) {
                        throw new java.io.UncheckedIOException(failed);
                    }
                }).toList();
            }
        } finally {
            Files.delete(file);
        }
    }

    private MockHttpServletResponse download(String url, String language) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).with(as(Role.EXECUTIVE)).param("lang", language))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as("GET %s", url).isEqualTo(200);
        return response;
    }

    private MockHttpServletRequestBuilder post(String url, Role role) {
        return MockMvcRequestBuilders.post(url).with(as(role)).with(csrf());
    }

    private int status(MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    /** The flash message on the page a post redirects to. */
    private String flash(MockHttpServletRequestBuilder request)
            throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as("redirect").isEqualTo(302);
        return manager.follow(result).selectFirst(".flash").text();
    }

    private long rows(String sql, Period period) {
        return jdbc.queryForObject(sql, Long.class, period.toString());
    }

    private RequestPostProcessor as(Role role) {
        return user(accounts.create(role).getUsername()).roles(role.name());
    }
}
