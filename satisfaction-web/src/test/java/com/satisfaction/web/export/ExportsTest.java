package com.satisfaction.web.export;

import com.satisfaction.core.period.Period;
import com.satisfaction.persistence.user.Role;
import com.satisfaction.web.PageClient;
import com.satisfaction.web.PostgresApplicationTest;
import com.satisfaction.web.TestAccounts;
import com.satisfaction.web.answering.SurveyFixture;
import com.satisfaction.web.period.HalfYearFixture;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The exports read back as a spreadsheet user gets them, on PostgreSQL: the responses CSV byte for byte, the XLSX with
 * a library, and the per-customer scores against the period's page, open and closed.
 */
@PostgresApplicationTest
class ExportsTest {

    private static final ReadingOptions WITH_FORMATS = new ReadingOptions(true, false);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    HalfYearFixture halfYears;

    @Autowired
    SurveyFixture surveys;

    @Autowired
    JdbcTemplate jdbc;

    String prefix;

    @BeforeEach
    void names() {
        prefix = "X" + UUID.randomUUID().toString().substring(0, 6);
    }

    /** A survey of six questions with two responses in 2046-H1 and one in 2046-H2, as the tests below read them. */
    private Fixture responses() {
        Fixture f = new Fixture();
        SurveyFixture.Published survey = surveys.publishedSurvey();
        f.survey = survey.surveyId();
        List<Long> q = survey.questionIds();
        Period h1 = Period.of("2046-H1");
        long campaign = halfYears.campaign(f.survey, h1);
        long c1 = halfYears.customer(prefix + "C1", "1000", false);
        jdbc.update("UPDATE customer SET name = ? WHERE id = ?", "上海精密零件" + prefix, c1);
        long c2 = halfYears.customer(prefix + "C2", null, false);
        jdbc.update("UPDATE customer SET name = ? WHERE id = ?", "Acme, Inc. " + prefix, c2);
        long contact = jdbc.queryForObject("INSERT INTO contact (customer_id, name, email, preferred_language)"
                + " VALUES (?, '王经理', 'wang@example.com', 'zh') RETURNING id", Long.class, c1);

        f.first = halfYears.response(campaign, f.survey, c1, h1, 21000, 35000);
        jdbc.update("UPDATE recipient SET contact_id = ? WHERE id = (SELECT recipient_id FROM response WHERE id = ?)",
                contact, f.first);
        f.firstAt = Instant.parse("2042-03-01T02:03:04Z");
        jdbc.update("UPDATE response SET submitted_at = ? WHERE id = ?", Timestamp.from(f.firstAt), f.first);
        halfYears.answer(f.first, q.get(0), 3);
        halfYears.answer(f.first, q.get(1), 8);
        halfYears.answer(f.first, q.get(2), 9);
        long choice = jdbc.queryForObject("INSERT INTO answer (response_id, question_id) VALUES (?, ?) RETURNING id",
                Long.class, f.first, q.get(3));
        jdbc.update("INSERT INTO answer_choice (answer_id, choice_id) SELECT ?, id FROM question_choice"
                + " WHERE question_id = ?", choice, q.get(3));
        jdbc.update("INSERT INTO answer (response_id, question_id, numeric_value, expected_value) VALUES (?, ?, 6, 8)",
                f.first, q.get(4));
        jdbc.update("INSERT INTO answer (response_id, question_id, text_value) VALUES (?, ?, ?)", f.first, q.get(5),
                "说 \"好\", 但是\n要快");

        f.second = halfYears.response(campaign, f.survey, c2, h1, 0, 35000);
        f.secondAt = Instant.parse("2042-04-05T06:07:08Z");
        jdbc.update("UPDATE response SET submitted_at = ?, language = 'en', earned_units = NULL, possible_units = NULL,"
                + " excluded_reason = 'OTHER', excluded_text = 'Test by sales' WHERE id = ?",
                Timestamp.from(f.secondAt), f.second);
        halfYears.answer(f.second, q.get(2), 0);
        jdbc.update("INSERT INTO answer (response_id, question_id, text_value) VALUES (?, ?, ?)", f.second, q.get(5),
                "=cmd|' /C calc'!A0");

        Period h2 = Period.of("2046-H2");
        f.other = halfYears.response(halfYears.campaign(f.survey, h2), f.survey, c1, h2, 35000, 35000);
        return f;
    }

    private static final class Fixture {
        long survey;
        long first;
        long second;
        long other;
        Instant firstAt;
        Instant secondAt;
    }

    @Test
    void the_responses_of_a_half_year_are_one_csv_row_each_quoted_as_rfc_4180_with_a_bom_and_formulas_neutralised()
            throws Exception {
        Fixture f = responses();

        MockHttpServletResponse download = download("/surveys/" + f.survey + "/responses.csv?period=2046-H1",
                Role.EXECUTIVE, "zh");

        assertThat(download.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(download.getHeader("Content-Disposition")).isEqualTo("attachment;"
                + " filename=\"responses-2046-H1-____.csv\"; filename*=UTF-8''responses-2046-H1-"
                + "%E6%9C%8D%E5%8A%A1%E8%B0%83%E6%9F%A5.csv");
        String expected = "\uFEFF"
                + "答卷编号,客户代码,客户名称,联系人,语言,提交时间,排除原因,调查得分,Q1 交货及时,Q2 产品质量,Q3 推荐意愿,"
                + "Q4 联系方式,Q5 准时（期望）,Q5 准时（实际）,Q6 建议\r\n"
                + f.first + "," + prefix + "C1,上海精密零件" + prefix + ",王经理,中文," + shown(f.firstAt)
                + ",,60.0,3,8,9,邮件; 电话,8,6,\"说 \"\"好\"\", 但是\n要快\"\r\n"
                + f.second + "," + prefix + "C2,\"Acme, Inc. " + prefix + "\",,English," + shown(f.secondAt)
                + ",其他：Test by sales,无数据,,,0,,,,'=cmd|' /C calc'!A0\r\n";
        assertThat(download.getContentAsByteArray()).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));

        // without a period: every response, the other half-year's too
        String all = download("/surveys/" + f.survey + "/responses.csv", Role.QUALITY_MANAGER, "en")
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(records(all)).extracting(r -> r.get(0))
                .containsExactly("Response", "" + f.first, "" + f.second, "" + f.other);
    }

    @Test
    void the_responses_xlsx_has_numbers_as_numbers_a_frozen_header_and_a_sheet_naming_the_questions() throws Exception {
        Fixture f = responses();

        byte[] xlsx = download("/surveys/" + f.survey + "/responses.xlsx?period=2046-H1", Role.ADMIN, "en")
                .getContentAsByteArray();

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx), WITH_FORMATS)) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Responses");
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).getCellText(8)).isEqualTo("Q1 Delivery on time");
            Row first = rows.get(1);
            assertThat(first.getCell(0).getType()).isEqualTo(CellType.NUMBER);
            assertThat(first.getCell(0).asNumber()).isEqualByComparingTo(BigDecimal.valueOf(f.first));
            assertThat(first.getCellText(2)).isEqualTo("上海精密零件" + prefix);
            assertThat(first.getCell(5).asDate()).isEqualTo(f.firstAt.atZone(ZoneId.systemDefault()).toLocalDateTime());
            assertThat(first.getCell(7).getType()).isEqualTo(CellType.NUMBER);
            assertThat(first.getCell(7).asNumber()).isEqualByComparingTo("60.0");
            assertThat(first.getCell(7).getDataFormatString()).isEqualTo("0.0");
            for (int column : new int[] {8, 9, 10, 12, 13}) {
                assertThat(first.getCell(column).getType()).as("column %d", column).isEqualTo(CellType.NUMBER);
            }
            assertThat(first.getCell(12).asNumber()).isEqualByComparingTo("8");
            assertThat(first.getCell(13).asNumber()).isEqualByComparingTo("6");
            assertThat(first.getCellText(11)).isEqualTo("E-mail; Phone");
            assertThat(first.getCellText(14)).isEqualTo("说 \"好\", 但是\n要快");
            Row second = rows.get(2);
            assertThat(second.getCellText(6)).isEqualTo("other: Test by sales");
            assertThat(second.getCellText(7)).isEqualTo("no data");
            assertThat(second.getCell(10).asNumber()).isEqualByComparingTo("0");
            assertThat(second.getCell(14).getType()).isEqualTo(CellType.STRING);
            assertThat(second.getCellText(14)).isEqualTo("'=cmd|' /C calc'!A0");

            List<Row> questions = workbook.findSheet("Questions").orElseThrow().read();
            assertThat(questions).extracting(r -> r.getCellText(0)).containsExactly("Column", "Q1 Delivery on time",
                    "Q2 Product quality", "Q3 Would you recommend us?", "Q4 Preferred channel",
                    "Q5 On time (expected)", "Q5 On time (received)", "Q6 Suggestions");
        }
        assertThat(sheetXml(xlsx, "xl/worksheets/sheet1.xml")).contains("<pane", "ySplit=\"1\"", "state=\"frozen\"");
    }

    @Test
    void a_survey_without_responses_exports_its_header_alone() throws Exception {
        long survey = surveys.publishedSurvey().surveyId();

        String csv = download("/surveys/" + survey + "/responses.csv", Role.QUALITY_MANAGER, "en")
                .getContentAsString(StandardCharsets.UTF_8);
        byte[] xlsx = download("/surveys/" + survey + "/responses.xlsx?period=2046-H1", Role.QUALITY_MANAGER, "en")
                .getContentAsByteArray();

        assertThat(csv).isEqualTo("\uFEFFResponse,Customer code,Customer,Contact,Language,Received,Excluded (reason),"
                + "Survey score,Q1 Delivery on time,Q2 Product quality,Q3 Would you recommend us?,Q4 Preferred channel,"
                + "Q5 On time (expected),Q5 On time (received),Q6 Suggestions\r\n");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getFirstSheet().read()).hasSize(1);
        }
    }

    @Test
    void the_per_customer_scores_are_the_figures_of_the_period_page_open_and_closed() throws Exception {
        Period period = Period.of("2047-H1");
        HalfYearFixture.HalfYear h = halfYears.handComputed(period, prefix);
        PageClient manager = new PageClient(mvc, as(Role.QUALITY_MANAGER), "en");

        Map<String, List<String>> open = pageRows(manager.open("/periods/" + period));
        assertThat(open).hasSize(12);
        Map<String, List<String>> exported = csvRows(download("/periods/" + period + "/scores.csv",
                Role.EXECUTIVE, "en").getContentAsString(StandardCharsets.UTF_8));
        assertThat(exported).isEqualTo(open);
        assertThat(exported.get(h.code("A02"))).containsExactly("1", "74.9", "45.0", "10.0", "10.0", "10.0", "10.0",
                "85.0", "satisfied", "satisfied", "at risk", "");
        assertThat(exported.get(h.code("A10"))).containsExactly("0", "no data", "no data", "10.0", "10.0", "10.0",
                "10.0", "incomplete", "no data", "", "", "");

        // closed on a waiver: the export reads the snapshot and still equals the (closed) page
        Document page = manager.open("/periods/" + period);
        mvc.perform(post("/periods/" + period + "/close").with(as(Role.QUALITY_MANAGER)).with(csrf())
                .param("waiverReason", "Export test: closed regardless of the gate")).andReturn();
        jdbc.update("UPDATE customer SET name = 'Renamed' WHERE id = ?", h.ids.get("A01"));
        Document closed = manager.open("/periods/" + period);
        assertThat(closed.selectFirst("#period-status").text()).isEqualTo("Closed");
        assertThat(pageRows(closed)).isEqualTo(open);
        String closedCsv = download("/periods/" + period + "/scores.csv", Role.QUALITY_MANAGER, "en")
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csvRows(closedCsv)).isEqualTo(open);
        assertThat(closedCsv).contains("Company " + h.code("A01")).doesNotContain("Renamed");
        assertThat(page.selectFirst("#export-scores-csv").attr("href")).isEqualTo("/periods/" + period + "/scores.csv");

        byte[] xlsx = download("/periods/" + period + "/scores.xlsx", Role.EXECUTIVE, "en").getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Row a01 = workbook.getFirstSheet().read().stream().filter(r -> r.getCellText(0).equals(h.code("A01")))
                    .findFirst().orElseThrow();
            assertThat(a01.getCell(3).getType()).isEqualTo(CellType.NUMBER);
            assertThat(a01.getCell(3).asNumber()).isEqualByComparingTo("500000");
            assertThat(a01.getCell(11).getType()).isEqualTo(CellType.NUMBER);
            assertThat(a01.getCell(11).asNumber()).isEqualByComparingTo("85.0");
            List<Row> basis = workbook.findSheet("Basis").orElseThrow().read();
            assertThat(basis).extracting(r -> r.getCellText(0)).contains("Status", "SHA-256");
            assertThat(basis.stream().filter(r -> r.getCellText(0).equals("SHA-256")).findFirst().orElseThrow()
                    .getCellText(1)).isEqualTo(closed.selectFirst("#snapshot-hash").text());
        }
        assertThat(sheetXml(xlsx, "xl/worksheets/sheet1.xml")).contains("state=\"frozen\"");
    }

    @Test
    void the_survey_and_period_pages_link_to_their_exports_for_an_executive_too() throws Exception {
        Fixture f = responses();
        PageClient executive = new PageClient(mvc, as(Role.EXECUTIVE), "en");

        Document survey = executive.open("/surveys/" + f.survey);
        assertThat(survey.select("#export-period option").eachAttr("value")).containsExactly("", "2046-H2", "2046-H1");
        assertThat(survey.selectFirst("#export-responses form").attr("action"))
                .isEqualTo("/surveys/" + f.survey + "/responses.csv");
        assertThat(survey.selectFirst("#export-responses-xlsx").attr("formaction"))
                .isEqualTo("/surveys/" + f.survey + "/responses.xlsx");
        Document period = executive.open("/periods/2046-H1");
        Element responses = period.selectFirst("#exports li[data-survey=" + f.survey + "]");
        assertThat(responses.text()).startsWith("Responses: Service survey");
        assertThat(responses.selectFirst("a.export-xlsx").attr("href"))
                .isEqualTo("/surveys/" + f.survey + "/responses.xlsx?period=2046-H1");
    }

    @Test
    void a_wrong_half_year_is_a_message_and_an_unknown_survey_or_period_a_404_never_an_error() throws Exception {
        long survey = surveys.publishedSurvey().surveyId();
        PageClient manager = new PageClient(mvc, as(Role.QUALITY_MANAGER), "en");

        for (String period : new String[] {"2046-H3", "1999-H1", "x".repeat(5000), "2046-H1'; DROP TABLE answer;--"}) {
            var result = mvc.perform(get("/surveys/" + survey + "/responses.csv").param("period", period)
                    .with(as(Role.QUALITY_MANAGER))).andReturn();
            assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/surveys/" + survey);
            assertThat(manager.follow(result).selectFirst(".flash").text())
                    .isEqualTo("A half-year is written like 2026-H1 or 2026-H2.");
        }
        assertThat(status("/surveys/999999999/responses.csv")).isEqualTo(404);
        assertThat(status("/surveys/" + survey + "/responses.pdf")).isEqualTo(404);
        assertThat(status("/periods/2046-H3/scores.xlsx")).isEqualTo(404);
    }

    private MockHttpServletResponse download(String url, Role role, String language) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).with(as(role)).param("lang", language))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response;
    }

    private int status(String url) throws Exception {
        return mvc.perform(get(url).with(as(Role.QUALITY_MANAGER))).andReturn().getResponse().getStatus();
    }

    private RequestPostProcessor as(Role role) {
        return user(accounts.create(role).getUsername()).roles(role.name());
    }

    private static String shown(Instant at) {
        return SHOWN.format(at.atZone(ZoneId.systemDefault()));
    }

    private static List<CSVRecord> records(String csv) throws IOException {
        assertThat(csv).startsWith("\uFEFF");
        return CSVFormat.RFC4180.parse(new StringReader(csv.substring(1))).getRecords();
    }

    /**
     * Per customer code: responses, survey score, the five parts, composite, verdict, level, segment and flags as the
     * period page shows them.
     */
    private static Map<String, List<String>> pageRows(Document page) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (Element row : page.select("#customers tbody tr")) {
            List<String> cells = new ArrayList<>();
            cells.add(row.select("td").get(1).text());
            cells.add(row.selectFirst(".survey-score").text());
            cells.addAll(row.select("td.part").eachText());
            cells.add(row.selectFirst(".composite").text());
            cells.add(row.selectFirst(".verdict").text());
            cells.add(row.selectFirst(".level").text());
            cells.add(row.selectFirst(".segment").text());
            cells.add(String.join(", ", row.select(".flags .tag").eachText()));
            rows.put(row.attr("data-code"), cells);
        }
        return rows;
    }

    /** The same columns of the scores CSV, per customer code. */
    private static Map<String, List<String>> csvRows(String csv) throws IOException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        List<CSVRecord> records = records(csv);
        assertThat(records.get(0).toList()).containsExactly("Customer code", "Customer", "Key account",
                "Annual value", "Responses", "Survey score", "Survey", "Product returns", "Lost business", "Praise",
                "Claims", "Composite", "Verdict", "Level", "Segment", "Review flags");
        for (CSVRecord record : records.subList(1, records.size())) {
            rows.put(record.get(0), record.toList().subList(4, record.size()));
        }
        return rows;
    }

    /** An entry of the file as text (read from a temporary file: the streamed ZIP has its sizes after the data). */
    private static String sheetXml(byte[] xlsx, String entry) throws IOException {
        Path file = Files.createTempFile("export", ".xlsx");
        try (ZipFile zip = new ZipFile(Files.write(file, xlsx).toFile())) {
            ZipEntry found = zip.getEntry(entry);
            if (found != null) {
                return new String(zip.getInputStream(found).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            Files.delete(file);
        }
        throw new AssertionError(entry + " is not in the file");
    }
}
