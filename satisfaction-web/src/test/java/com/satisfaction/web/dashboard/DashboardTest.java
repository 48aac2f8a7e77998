package com.satisfaction.web.dashboard;

import com.satisfaction.core.period.Period;
import com.satisfaction.persistence.user.Role;
import com.satisfaction.web.PageClient;
import com.satisfaction.web.PostgresApplicationTest;
import com.satisfaction.web.TestAccounts;
import com.satisfaction.web.period.HalfYearFixture;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The dashboard of the half-year worked out by hand in {@code HalfYearCloseTest} (see its class comment for every
 * figure), closed, beside the previous half-year: the same customers and rows, except A08's claim dated the day before
 * the half-year, which falls in the previous one (A08: claims part 0, composite 90 instead of 100, still satisfied,
 * flagged for a management review meeting). Previous half-year by hand: overall composite (853.84 − 10) ÷ 10 = 84.384
 * → 84.4, satisfaction rate 6 ÷ 10 = 60.0 %, every other figure as in the hand-computed one.
 */
@PostgresApplicationTest
class DashboardTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

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
        prefix = "D" + UUID.randomUUID().toString().substring(0, 6) + "-";
    }

    @Test
    void every_tile_of_a_closed_half_year_is_the_hand_computation_beside_the_previous_one() throws Exception {
        Period period = Period.of("2082-H1");
        Period previous = period.previous();
        HalfYearFixture.HalfYear h = fixture.handComputed(period, prefix);
        fixture.sameRowsIn(previous, h);
        long action = finishedFlagAction(previous, h.ids.get("A08"));
        close(previous);
        close(period);

        Document page = executive.open("/dashboard?period=" + period);

        assertThat(page.selectFirst("h1").text()).isEqualTo("Half-year dashboard · 2082-H1");
        assertThat(page.selectFirst("#period-status .tag").text()).isEqualTo("Closed");
        // value, n, interval, target, previous, change
        assertThat(tile(page, "overallComposite")).containsExactly("85.4", "10", "", "", "84.4", "+1.0");
        assertThat(tile(page, "satisfactionRate"))
                .containsExactly("60.0 %", "10", "31.3–83.2 %", "85.0 % missed", "60.0 %", "0.0");
        assertThat(tile(page, "responseRate"))
                .containsExactly("92.9 %", "14", interval(13, 14), "70.0 % met", "92.9 %", "0.0");
        assertThat(tile(page, "productReturnRate")).containsExactly("1.3 %", "19600", "", "", "1.3 %", "0.0");
        assertThat(tile(page, "nps")).containsExactly("0.0", "5", "", "", "0.0", "0.0");
        assertThat(page.selectFirst("#tile-nps .note").text()).isEqualTo("needs work");
        assertThat(page.selectFirst("#tile-nps .nps-split").text()).isEqualTo("promoters 2 · passives 1 · detractors 2");
        assertThat(tile(page, "csat")).containsExactly("60.0 %", "5", interval(3, 5), "", "60.0 %", "0.0");
        assertThat(page.selectFirst("#tile-csat .note").text()).isEqualTo("mean answer 3.6");
        assertThat(tile(page, "ces")).containsExactly("60.0 %", "5", interval(3, 5), "", "60.0 %", "0.0");
        assertThat(page.selectFirst("#tile-ces .note").text()).isEqualTo("mean answer 4.6");
        assertThat(tile(page, "churn")).containsExactly("8.3 %", "12", interval(1, 12), "", "8.3 %", "0.0");
        assertThat(tile(page, "openComplaints")).containsExactly("0", "0", "", "", "0", "0");
        // the action was due in the previous half-year and is done: due 1, overdue 0
        assertThat(tile(page, "overdueActions")).containsExactly("0", "0", "", "", "0", "0");
        assertThat(page.selectFirst("#tile-overdueActions .note").text()).isEqualTo("0 / 0: overdue now / due in the half-year");

        // the trend: the two half-years with data, the four before without
        assertThat(page.select("#trend-table tbody tr").eachText()).containsExactly(
                "2079-H2 — — — —", "2080-H1 — — — —", "2080-H2 — — — —", "2081-H1 — — — —",
                "2081-H2 84.4 60.0 % 92.9 % 0.0", "2082-H1 85.4 60.0 % 92.9 % 0.0");
        assertChartMatchesTable(page, "trend", "#trend-table", 1, 4);

        // the answers' distributions
        assertThat(page.select("#nps-table td").eachText()).containsExactly("2", "1", "2");
        assertThat(page.select("#csat-table td").eachText()).containsExactly("3", "2");
        assertThat(page.select("#ces-table td").eachText()).containsExactly("3", "2");
        assertThat(numbers(chart(page, "nps").get("series").get(0).get("data"))).containsExactly("2", "1", "2");
        assertThat(numbers(chart(page, "ces").get("series").get(0).get("data"))).containsExactly("3", "2");

        // breakdowns: every customer is in region East; the key accounts are A01 and A10 (incomplete), 1 < 5
        assertThat(page.select("#breakdown-REGION-table tbody tr").eachText())
                .containsExactly("East 10 / 12 85.4 60.0 %");
        // the others: (853.84 − 85) ÷ 9 = 85.426… → 85.4; 5 of 9 satisfied → 55.6 %
        assertThat(page.select("#breakdown-KEY_ACCOUNT-table tbody tr").eachText()).containsExactly(
                "other customers 9 / 10 85.4 55.6 %", "key accounts 1 / 2 insufficient sample insufficient sample");
        for (String dimension : List.of("REGION", "INDUSTRY", "VALUE_TIER", "KEY_ACCOUNT")) {
            assertChartMatchesTable(page, "breakdown-" + dimension, "#breakdown-" + dimension + "-table", 2, 2);
        }

        // the grid (the class comment of HalfYearCloseTest): count and total annual value per cell
        assertThat(gridCell(page, "CRISIS")).containsExactly("1", "300,000.00");
        assertThat(gridCell(page, "POTENTIAL")).containsExactly("1", "500,000.00");
        assertThat(gridCell(page, "STAR")).containsExactly("1", "100.00");
        assertThat(gridCell(page, "LOW_PRIORITY")).containsExactly("3", "450,000.00");
        assertThat(gridCell(page, "AT_RISK")).containsExactly("3", "700,000.00");
        assertThat(gridCell(page, "BASE")).containsExactly("1", "100.00");
        assertThat(numbers(chart(page, "grid").get("series").get(0).get("data")))
                .containsExactly("1", "1", "1", "3", "3", "1");
        Document lowPriority = executive.click(page, "#grid-table td[data-segment=LOW_PRIORITY] a");
        assertThat(codes(lowPriority)).containsExactly(h.code("A03"), h.code("A05"), h.code("A06"));

        // the action made from A08's flag and finished in the previous half-year: composite 90.0 → 100.0
        assertThat(page.selectFirst("#effects-table tr[data-action=" + action + "]").select("td").eachText())
                .containsExactly("Meet about A08 Done", h.code("A08") + " Company " + h.code("A08"),
                        "management review meeting (2081-H2)", "Composite", "90.0", "100.0", "+10.0");

        // the customer's page lists its half-years from their snapshots, each linking to its evidence
        Document customer = executive.click(lowPriority, "tr[data-code=" + h.code("A03") + "] a.customer-link");
        assertThat(halfYears(customer)).containsExactly(
                "2082-H1 Closed 44.9 10.0 10.0 10.0 10.0 84.9 not satisfied review the survey items",
                "2081-H2 Closed 44.9 10.0 10.0 10.0 10.0 84.9 not satisfied review the survey items");
        Document a08 = executive.open("/customers/" + h.ids.get("A08"));
        assertThat(halfYears(a08)).containsExactly("2082-H1 Closed 60.0 10.0 10.0 10.0 10.0 100.0 satisfied",
                "2081-H2 Closed 60.0 10.0 10.0 10.0 0.0 90.0 satisfied management review meeting");
        Document evidence = executive.click(a08, "#half-years tr[data-period=2081-H2] a.evidence-link");
        assertThat(evidence.selectFirst("#composite").text()).isEqualTo("90.0");
    }

    @Test
    void the_customer_table_sorts_filters_and_pages_alike_live_and_closed() throws Exception {
        Period period = Period.of("2084-H1");
        HalfYearFixture.HalfYear h = fixture.handComputed(period, prefix);
        for (int i = 10; i < 55; i++) {
            fixture.link(h.campaign, h.survey.id(), fixture.customer(prefix + "B" + i, null, false));
        }
        for (boolean closed : new boolean[] {false, true}) {
            if (closed) {
                close(period);
            }
            assertThat(halfYears(executive.open("/customers/" + h.ids.get("A04")))).containsExactly("2084-H1 "
                    + (closed ? "Closed" : "Open") + " 48.0 5.0 8.0 4.0 0.0 65.0 not satisfied management review meeting");
            String url = "/dashboard/customers?period=" + period;
            Document byComposite = executive.open(url);
            assertThat(byComposite.selectFirst("#period-status").text()).contains("57 customers match");
            assertThat(codes(byComposite).subList(0, 6)).as("closed %s", closed).containsExactly(h.code("A08"),
                    h.code("A12"), h.code("A07"), h.code("A09"), h.code("A01"), h.code("A02"));
            Element a04 = byComposite.selectFirst("tr[data-code=" + h.code("A04") + "]");
            assertThat(a04.select("td.part").eachText()).containsExactly("48.0", "5.0", "8.0", "4.0", "0.0");
            assertThat(a04.select("td.composite, td.verdict, td.level, td.segment, td.flags").eachText())
                    .containsExactly("65.0", "not satisfied", "dissatisfied", "crisis", "management review meeting");
            assertThat(a04.selectFirst("a.customer-link").attr("href")).isEqualTo("/customers/" + h.ids.get("A04"));
            assertThat(codes(executive.open(url + "&dir=asc")).subList(0, 3))
                    .containsExactly(h.code("A04"), h.code("A06"), h.code("A05"));
            assertThat(codes(executive.open(url + "&verdict=NOT_SATISFIED")))
                    .containsExactly(h.code("A03"), h.code("A05"), h.code("A06"), h.code("A04"));
            assertThat(codes(executive.open(url + "&flag=REVIEW_SURVEY_ITEMS"))).containsExactly(h.code("A03"));
            assertThat(codes(executive.open(url + "&level=VERY_SATISFIED&region=East")))
                    .containsExactly(h.code("A08"), h.code("A12"));
            assertThat(codes(executive.open(url + "&sort=VALUE&segment=AT_RISK")))
                    .containsExactly(h.code("A07"), h.code("A02"), h.code("A09"));
            assertThat(codes(executive.open(url + "&sort=VALUE")).subList(0, 4))
                    .containsExactly(h.code("A10"), h.code("A01"), h.code("A07"), h.code("A04"));

            Document first = executive.open(url + "&sort=CODE");
            assertThat(codes(first)).hasSize(50).startsWith(h.code("A01")).endsWith(h.code("B47"));
            assertThat(first.selectFirst(".pager span").text()).isEqualTo("Page 1 of 2");
            Document second = executive.click(first, ".pager a[rel=next]");
            assertThat(codes(second)).containsExactly(h.code("B48"), h.code("B49"), h.code("B50"), h.code("B51"),
                    h.code("B52"), h.code("B53"), h.code("B54"));
            assertThat(second.select(".pager a[rel=next]")).isEmpty();
        }
    }

    @Test
    void a_figure_from_fewer_answers_than_the_minimum_sample_is_marked_not_shown() throws Exception {
        Period period = Period.of("2086-H1");
        HalfYearFixture.Survey survey = fixture.survey();
        long campaign = fixture.campaign(survey.id(), period);
        for (int i = 1; i <= 3; i++) {
            long customer = fixture.customer(prefix + "S" + i, "1000", false);
            long response = fixture.response(campaign, survey.id(), customer, period, 70000, 70000);
            fixture.answer(response, survey.csatQuestion(), 5);
            fixture.delivery(customer, period.startDate().plusDays(3), 100);
        }

        Document page = executive.open("/dashboard?period=" + period);

        assertThat(page.selectFirst("#period-status .tag").text()).isEqualTo("Open");
        assertThat(tile(page, "overallComposite").subList(0, 2)).containsExactly("insufficient sample", "3");
        assertThat(tile(page, "satisfactionRate").subList(0, 3)).containsExactly("insufficient sample", "3", "");
        assertThat(tile(page, "csat").subList(0, 2)).containsExactly("insufficient sample", "3");
        assertThat(tile(page, "nps").subList(0, 2)).containsExactly("no data", "0");
        assertThat(page.select("#breakdown-REGION-table tbody tr").eachText())
                .containsExactly("East 3 / 3 insufficient sample insufficient sample");
        assertThat(page.selectFirst("#trend-table tr[data-period=2086-H1]").text()).isEqualTo("2086-H1 — — — —");
    }

    /**
     * Two expectation-vs-received indicators answered by five customers. Delivery time (weight 3 → 75 %): expected 8,
     * 9, 7, 8, 10 = 42, received 6, 7, 7, 5, 9 = 34 → means 8.4 and 6.8, gap −1.6, 34 ÷ 42 = 80.95… → 81.0 %. Service
     * (weight 1 → 25 %): expected 5, 6, 7, 5, 6 = 29, received 6, 6, 8, 5, 7 = 32 → 5.8 and 6.4, gap +0.6, 32 ÷ 29 =
     * 110.34… → 110.3 %. Delivery time is below expectation with the larger weight: act on it first.
     */
    @Test
    void the_expectation_view_shows_weight_means_and_gap_per_indicator() throws Exception {
        Period period = Period.of("2090-H1");
        HalfYearFixture.Survey survey = fixture.survey();
        long campaign = fixture.campaign(survey.id(), period);
        long delivery = expectationQuestion(survey, "交货期", "Delivery time", 30, "3");
        long service = expectationQuestion(survey, "服务", "Service", 31, "1");
        int[][] answers = {{8, 6, 5, 6}, {9, 7, 6, 6}, {7, 7, 7, 8}, {8, 5, 5, 5}, {10, 9, 6, 7}};
        for (int i = 0; i < answers.length; i++) {
            long response = fixture.response(campaign, survey.id(), fixture.customer(prefix + "E" + i, "1000", false),
                    period, 70000, 70000);
            jdbc.update("INSERT INTO answer (response_id, question_id, expected_value, numeric_value) VALUES (?, ?, ?, ?),"
                    + " (?, ?, ?, ?)", response, delivery, answers[i][0], answers[i][1], response, service,
                    answers[i][2], answers[i][3]);
        }

        Document page = executive.open("/dashboard?period=" + period);

        assertThat(page.select("#expectations-table tbody tr").eachText()).containsExactly(
                "Delivery time act on first 75.0 % 5 8.4 6.8 -1.6 81.0 %", "Service 25.0 % 5 5.8 6.4 0.6 110.3 %");
        JsonNode points = chart(page, "expectations").get("series").get(0).get("data");
        assertThat(points.get(0).get("name").asString()).isEqualTo("Delivery time");
        assertThat(numbers(points.get(0).get("value"))).containsExactly("-1.6", "75.0");
        assertThat(numbers(points.get(1).get("value"))).containsExactly("0.6", "25.0");
    }

    @Test
    void choices_that_are_not_offered_are_ignored_with_a_message() throws Exception {
        Document page = executive.open("/dashboard?period=2026-H3");
        assertThat(page.selectFirst(".alert").text()).startsWith("That is not a half-year");

        Document table = executive.open("/dashboard/customers?period=2086-H1&sort=colour&segment=NOPE&page=x&dir=sideways");
        assertThat(table.selectFirst(".alert").text()).isEqualTo("A filter or sort that is not one of the choices offered was ignored.");
        assertThat(table.selectFirst("h1").text()).isEqualTo("Customers of 2086-H1");
    }

    @Test
    void hostile_values_in_any_choice_never_break_the_pages() throws Exception {
        List<String> hostile = List.of("x".repeat(20_000), "\u0000\u0007", "2026-H1\r\nX: y", "<script>alert(1)</script>",
                "${7*7}", "-1", "99999999999999999999", "２０２６-H1", "2999-H2", "2000-H1", "' OR 1=1 --", "COMPOSITE ",
                "\u3000", "%00");
        List<String> params = List.of("period", "sort", "dir", "segment", "level", "region", "flag", "verdict", "page");
        RequestPostProcessor reader = as(Role.EXECUTIVE);
        for (String value : hostile) {
            for (String param : params) {
                for (String url : List.of("/dashboard", "/dashboard/customers")) {
                    var response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                            .get(url).param(param, value).with(reader)).andReturn().getResponse();
                    assertThat(response.getStatus()).as("%s?%s=%s", url, param, value.length() > 40
                            ? value.substring(0, 40) : value).isLessThan(500);
                    assertThat(response.getContentAsString()).doesNotContain("Exception", "<script>alert(1)");
                }
            }
        }
    }

    private long expectationQuestion(HalfYearFixture.Survey survey, String zh, String en, int position,
                                     String weight) {
        return jdbc.queryForObject("INSERT INTO question (section_id, position, type, text_zh, text_en, required,"
                + " scored, points, scale, weight) SELECT section_id, ?, 'EXPECTATION_PAIR', ?, ?, FALSE, FALSE, 10,"
                + " 'ONE_TO_TEN', ? FROM question WHERE id = ? RETURNING id", Long.class, position, zh, en,
                new java.math.BigDecimal(weight), survey.npsQuestion());
    }

    /** Closes the half-year through its page, with a waiver (the key account A10 never answers). */
    private void close(Period period) throws Exception {
        Element form = manager.open("/periods/" + period).selectFirst("#close-form");
        form.selectFirst("textarea").val("A10 was closed for the holidays.");
        Document closed = manager.follow(manager.submit(form));
        assertThat(closed.selectFirst("#period-status").text()).isEqualTo("Closed");
    }

    /** An action made from the customer's flag of the half-year, due and set DONE in it. */
    private long finishedFlagAction(Period period, long customerId) {
        long userId = jdbc.queryForObject("SELECT MIN(id) FROM app_user", Long.class);
        Timestamp done = Timestamp.valueOf(period.startDate().plusDays(90).atTime(12, 0));
        Long id = jdbc.queryForObject("INSERT INTO improvement_action (title, source, flag_period, flag_customer_id,"
                + " flag_code, owner_department, due_date, status, result, created_by, created_at) VALUES ('Meet about A08',"
                + " 'FLAG', ?, ?, 'MANAGEMENT_REVIEW_MEETING', 'Quality', ?, 'DONE', 'Met', ?, ?) RETURNING id", Long.class,
                period.toString(), customerId, Date.valueOf(period.startDate().plusDays(100)), userId, done);
        jdbc.update("INSERT INTO action_event (action_id, actor_id, occurred_at, from_status, to_status) VALUES"
                + " (?, ?, ?, 'IN_PROGRESS', 'DONE')", id, userId, done);
        return id;
    }

    /** Value, n, interval, target, previous value and change of a tile as the page shows them. */
    private static List<String> tile(Document page, String name) {
        Element tile = page.selectFirst("#tile-" + name);
        assertThat(tile).as("tile %s", name).isNotNull();
        List<String> cells = new ArrayList<>();
        cells.add(tile.selectFirst(".value").text());
        for (String part : List.of(".n", ".interval", ".target", ".previous", ".change")) {
            Element cell = tile.selectFirst(part);
            cells.add(cell == null ? "" : cell.text());
        }
        return cells;
    }

    /** The rows of a customer's half-years, each as period, status, parts, composite, verdict and flags. */
    private static List<String> halfYears(Document customer) {
        return customer.select("#half-years tbody tr").stream()
                .map(row -> row.select("th, td:not(.links)").eachText().stream()
                        .filter(text -> !text.isEmpty()).reduce((a, b) -> a + " " + b).orElse(""))
                .toList();
    }

    private static List<String> gridCell(Document page, String segment) {
        Element cell = page.selectFirst("#grid-table td[data-segment=" + segment + "]");
        return List.of(cell.selectFirst(".customers").text(), cell.selectFirst(".value").text());
    }

    private static List<String> codes(Document table) {
        return table.select("#customer-table tbody tr").eachAttr("data-code");
    }

    private static JsonNode chart(Document page, String id) {
        return JSON.readTree(page.selectFirst("#" + id + "-chart").attr("data-chart"));
    }

    /** A chart's numbers as text, a gap (null) as "—". */
    private static List<String> numbers(JsonNode data) {
        List<String> numbers = new ArrayList<>();
        data.forEach(value -> numbers.add(value.isNull() ? "—" : value.decimalValue().toPlainString()));
        return numbers;
    }

    /**
     * Each series of the chart, in order, equals a column of the table from {@code firstColumn} (its numbers with any
     * "%" dropped; "—", "no data" and "insufficient sample" are a gap), and the categories are the rows' headers.
     */
    private static void assertChartMatchesTable(Document page, String chart, String table, int firstColumn,
                                                int series) {
        JsonNode option = chart(page, chart);
        List<String> headers = page.select(table + " tbody th[scope=row]").eachText();
        List<String> categories = new ArrayList<>();
        option.get("xAxis").get("data").forEach(value -> categories.add(value.asString()));
        assertThat(categories).as(chart).isEqualTo(headers);
        for (int s = 0; s < series; s++) {
            int column = firstColumn + s;
            List<String> cells = page.select(table + " tbody tr").stream()
                    .map(row -> row.child(column).text().replace(" %", ""))
                    .map(text -> text.matches("-?[0-9.]+") ? text : "—").toList();
            assertThat(numbers(option.get("series").get(s).get("data"))).as(chart + " series " + s).isEqualTo(cells);
        }
    }

    private static String interval(long successes, long trials) {
        return com.satisfaction.core.scoring.WilsonInterval.of(successes, trials).orElseThrow().display() + " %";
    }

    private RequestPostProcessor as(Role role) {
        return user(accounts.create(role).getUsername()).roles(role.name());
    }
}
