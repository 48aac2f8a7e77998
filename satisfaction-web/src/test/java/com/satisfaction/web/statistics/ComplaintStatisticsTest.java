package com.satisfaction.web.statistics;

import com.satisfaction.core.complaint.HandlingTargets;
import com.satisfaction.core.complaint.Severity;
import com.satisfaction.persistence.statistics.ComplaintStatisticsQueries;
import com.satisfaction.persistence.statistics.ComplaintWindowFigures;
import com.satisfaction.persistence.statistics.TimeWindow;
import com.satisfaction.persistence.user.Role;
import com.satisfaction.web.PageClient;
import com.satisfaction.web.PostgresApplicationTest;
import com.satisfaction.web.TestAccounts;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The monthly complaint statistics on PostgreSQL, against figures worked out by hand for the fourteen complaints of
 * {@link ComplaintRows#A_YEAR} in 2011 (a year no other test uses), with the clock fixed at 12:00 on 20 June 2011 in
 * Shanghai: counts by category, severity and status; means and medians of response and resolution time with odd
 * and even counts, exact in seconds and rounded only for display; overdue as of the clock; a month without
 * complaints showing "no data"; the charts' JSON; and the ECharts script served to everyone.
 */
@PostgresApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplaintStatisticsTest {

    static final int YEAR = 2011;
    static final Instant NOW = LocalDateTime.of(YEAR, 6, 20, 12, 0).atZone(ComplaintRows.SHANGHAI).toInstant();

    @TestBean
    Clock clock;

    static Clock clock() {
        return Clock.fixed(NOW, ComplaintRows.SHANGHAI);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ComplaintStatisticsQueries queries;

    @Autowired
    JsonMapper json;

    PageClient manager;
    Document page;

    @BeforeAll
    void aYearOfComplaints() throws Exception {
        long recorder = accounts.create(Role.QUALITY_MANAGER).getId();
        List<ComplaintRows.Row> rows = new ArrayList<>(ComplaintRows.A_YEAR);
        rows.add(ComplaintRows.nextNewYear(YEAR));
        ComplaintRows.insert(jdbc, YEAR, recorder, rows);
        manager = new PageClient(mvc, as(Role.QUALITY_MANAGER), "en");
        page = manager.open("/complaints/statistics?year=" + YEAR);
    }

    @Nested
    class Counts {

        @Test
        void each_month_counts_its_complaints_by_category_severity_and_status() {
            // received, QUALITY DELIVERY PACKAGING SERVICE PRICE OTHER, LOW MEDIUM HIGH CRITICAL, open closed overdue
            assertThat(counts(1)).containsExactly("5", "2", "1", "1", "1", "0", "0", "1", "1", "2", "1", "2", "3", "1");
            assertThat(counts(2)).containsExactly("2", "0", "0", "0", "0", "1", "1", "1", "1", "0", "0", "1", "1", "1");
            assertThat(counts(3)).containsExactly("0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0");
            assertThat(counts(4)).containsExactly("3", "1", "1", "0", "1", "0", "0", "1", "0", "1", "1", "2", "1", "1");
            assertThat(counts(5)).containsExactly("1", "0", "0", "0", "0", "1", "0", "1", "0", "0", "0", "0", "1", "0");
            assertThat(counts(6)).containsExactly("3", "1", "0", "1", "0", "0", "1", "0", "1", "1", "1", "3", "0", "0");
            for (int month = 7; month <= 12; month++) {
                assertThat(counts(month)).as("month %d", month).containsOnly("0");
            }
        }

        @Test
        void the_whole_year_adds_up_and_leaves_out_what_came_after_new_year_in_shanghai() {
            assertThat(counts(0)).containsExactly("14", "4", "2", "2", "2", "2", "2", "4", "3", "4", "3", "8", "6", "3");
            assertThat(page.selectFirst("#year-received").text()).isEqualTo("14");
            assertThat(page.selectFirst("#year-open").text()).isEqualTo("8");
            assertThat(page.selectFirst("#year-closed").text()).isEqualTo("6");
            assertThat(page.selectFirst("#year-overdue").text()).isEqualTo("3");
        }

        @Test
        void a_complaint_received_early_on_the_first_of_a_month_in_shanghai_counts_in_that_month() {
            // 03:00 on 1 May in Shanghai is still 30 April in UTC
            assertThat(cell(5, "received")).isEqualTo("1");
            assertThat(cell(5, "category-PRICE")).isEqualTo("1");
            assertThat(page.selectFirst("#as-of").text()).contains("2011-06-20 12:00").contains("Asia/Shanghai");
        }
    }

    @Nested
    class Handling_times {

        @Test
        void with_an_odd_count_the_median_is_the_middle_value_and_the_exact_mean_rounds_half_up() {
            // January: 2.25, 4.5, 10, 1 and 3 h → mean 20.75 / 5 = 4.15 exactly → 4.2; median 3
            assertThat(cell(1, "response-n")).isEqualTo("5");
            assertThat(cell(1, "response-mean")).isEqualTo("4.2");
            assertThat(cell(1, "response-median")).isEqualTo("3.0");
        }

        @Test
        void with_an_even_count_the_median_is_the_mean_of_the_two_middle_values() {
            // January resolved: 48, 100, 30, 20 h → mean 49.5; median (30 + 48) / 2 = 39
            assertThat(cell(1, "resolution-n")).isEqualTo("4");
            assertThat(cell(1, "resolution-mean")).isEqualTo("49.5");
            assertThat(cell(1, "resolution-median")).isEqualTo("39.0");
            // February acknowledged: 6 and 12 h; April: 0.5 and 70 h → 35.25 → 35.3
            assertThat(cell(2, "response-median")).isEqualTo("9.0");
            assertThat(cell(4, "response-mean")).isEqualTo("35.3");
            assertThat(cell(4, "response-median")).isEqualTo("35.3");
            assertThat(cell(4, "resolution-mean")).isEqualTo("198.0");
        }

        @Test
        void only_acknowledged_and_resolved_complaints_count_in_their_times() {
            // June: one of three acknowledged (2 h), none resolved
            assertThat(cell(6, "response-n")).isEqualTo("1");
            assertThat(cell(6, "response-mean")).isEqualTo("2.0");
            assertThat(cell(6, "resolution-n")).isEqualTo("0");
            assertThat(cell(6, "resolution-mean")).isEqualTo("no data");
        }

        @Test
        void the_whole_year_has_its_own_median_not_a_mean_of_months() {
            // 11 response times: mean 112.25 / 11 = 10.20…, median the 6th of the sorted values = 3 h
            assertThat(cell(0, "response-n")).isEqualTo("11");
            assertThat(cell(0, "response-mean")).isEqualTo("10.2");
            assertThat(cell(0, "response-median")).isEqualTo("3.0");
            // 8 resolution times: mean 690 / 8 = 86.25 → 86.3, median (48 + 72) / 2 = 60
            assertThat(cell(0, "resolution-mean")).isEqualTo("86.3");
            assertThat(cell(0, "resolution-median")).isEqualTo("60.0");
            assertThat(page.selectFirst("#year-response").text()).isEqualTo("10.2");
            assertThat(page.selectFirst("#year-resolution").text()).isEqualTo("86.3");
        }

        @Test
        void satisfaction_with_handling_is_the_mean_of_the_ratings_with_their_number() {
            assertThat(cell(1, "satisfaction")).isEqualTo("4.3 (n = 3)");
            assertThat(cell(4, "satisfaction")).isEqualTo("3.0 (n = 2)");
            assertThat(cell(0, "satisfaction")).isEqualTo("3.7 (n = 7)");
            assertThat(page.selectFirst("#year-satisfaction").text()).isEqualTo("3.7 (n = 7)");
        }

        @Test
        void a_month_without_complaints_shows_no_data_never_zero() {
            for (int month : new int[]{3, 7, 12}) {
                assertThat(cell(month, "response-n")).isEqualTo("0");
                for (String figure : List.of("response-mean", "response-median", "resolution-mean",
                        "resolution-median", "satisfaction")) {
                    assertThat(cell(month, figure)).as("month %d %s", month, figure).isEqualTo("no data");
                }
            }
            assertThat(page.select("#times-table td").eachText()).noneMatch(text -> text.contains("NaN"));
        }

        @Test
        void in_chinese_no_data_reads_as_such() throws Exception {
            Document chinese = new PageClient(mvc, as(Role.QUALITY_MANAGER), "zh")
                    .open("/complaints/statistics?year=" + YEAR);

            assertThat(chinese.selectFirst("#times-table tr[data-month=3] td.response-mean").text()).isEqualTo("无数据");
            assertThat(chinese.selectFirst("#counts-table tr[data-month=5] th").text()).isEqualTo("5月");
        }
    }

    @Nested
    class Overdue {

        @Test
        void overdue_is_counted_as_of_the_clock() {
            // January's investigating HIGH, February's acknowledged MEDIUM, April's unacknowledged CRITICAL; June's
            // three are within their targets, one of them exactly at its 48 h acknowledgement deadline
            assertThat(cell(1, "overdue")).isEqualTo("1");
            assertThat(cell(2, "overdue")).isEqualTo("1");
            assertThat(cell(4, "overdue")).isEqualTo("1");
            assertThat(cell(6, "overdue")).isEqualTo("0");
        }

        @Test
        void the_sql_agrees_with_the_core_rule_at_every_moment_tried() {
            HandlingTargets targets = HandlingTargets.defaults();
            List<Instant> moments = List.of(NOW, NOW.plusSeconds(1), NOW.plusSeconds(4 * 3600),
                    NOW.plusSeconds(4 * 3600 + 1), NOW.plusSeconds(20 * 3600 + 1), NOW.plusSeconds(3 * 86400 + 1),
                    NOW.minusSeconds(100 * 86400));
            for (Instant now : moments) {
                List<ComplaintWindowFigures> figures = queries.figuresByWindow(months(), targets, now);
                for (int month = 1; month <= 12; month++) {
                    assertThat(figures.get(month - 1).overdue()).as("month %d at %s", month, now)
                            .isEqualTo(overdueByTheCore(targets, month, now));
                }
            }
        }

        @Test
        void one_second_past_the_deadline_is_overdue() {
            List<ComplaintWindowFigures> atDeadline = queries.figuresByWindow(months(), HandlingTargets.defaults(), NOW);
            List<ComplaintWindowFigures> after = queries.figuresByWindow(months(), HandlingTargets.defaults(),
                    NOW.plusSeconds(1));

            assertThat(atDeadline.get(5).overdue()).isZero();
            assertThat(after.get(5).overdue()).isOne();
        }

        private long overdueByTheCore(HandlingTargets targets, int month, Instant now) {
            return ComplaintRows.A_YEAR.stream()
                    .filter(row -> row.receivedAt(YEAR).atZoneSameInstant(ComplaintRows.SHANGHAI).getMonthValue() == month)
                    .filter(row -> targets.overdue(Severity.valueOf(row.severity()), row.receivedAt(YEAR).toInstant(),
                            Optional.ofNullable(row.acknowledgedAt(YEAR)).map(t -> t.toInstant()),
                            Optional.ofNullable(row.resolvedAt(YEAR)).map(t -> t.toInstant()), now))
                    .count();
        }

        private List<TimeWindow> months() {
            List<TimeWindow> windows = new ArrayList<>();
            for (int month = 1; month <= 12; month++) {
                LocalDate first = LocalDate.of(YEAR, month, 1);
                windows.add(new TimeWindow(month, first.atStartOfDay(ComplaintRows.SHANGHAI).toInstant(),
                        first.plusMonths(1).atStartOfDay(ComplaintRows.SHANGHAI).toInstant()));
            }
            return windows;
        }
    }

    @Nested
    class Charts {

        @Test
        void the_category_chart_stacks_each_category_per_month_as_in_the_table() {
            Element chart = page.selectFirst("#category-chart");
            JsonNode option = json.readTree(chart.attr("data-chart"));

            assertThat(chart.attr("role")).isEqualTo("img");
            assertThat(chart.attr("aria-label")).contains("2011").contains("table below");
            assertThat(option.get("xAxis").get("data").get(4).asString()).isEqualTo("May");
            JsonNode series = option.get("series");
            assertThat(series.size()).isEqualTo(6);
            assertThat(series.get(0).get("name").asString()).isEqualTo("Quality");
            assertThat(series.get(0).get("stack").asString()).isEqualTo("received");
            assertThat(numbers(series.get(0).get("data"))).containsExactly("2", "0", "0", "1", "0", "1", "0", "0", "0", "0", "0", "0");
            assertThat(numbers(series.get(4).get("data"))).containsExactly("0", "1", "0", "0", "1", "0", "0", "0", "0", "0", "0", "0");
        }

        @Test
        void the_time_chart_has_the_mean_times_as_shown_with_gaps_for_no_data() {
            JsonNode option = json.readTree(page.selectFirst("#time-chart").attr("data-chart"));

            JsonNode response = option.get("series").get(0);
            assertThat(response.get("type").asString()).isEqualTo("line");
            assertThat(numbers(response.get("data")))
                    .containsExactly("4.2", "9.0", "null", "35.3", "1.0", "2.0", "null", "null", "null", "null", "null", "null");
            assertThat(numbers(option.get("series").get(1).get("data")))
                    .containsExactly("49.5", "72.0", "null", "198.0", "24.0", "null", "null", "null", "null", "null", "null", "null");
        }

        @Test
        void the_page_loads_echarts_and_the_chart_script_from_the_app_itself_and_no_inline_script() {
            List<String> sources = page.select("script").eachAttr("src");

            assertThat(sources).hasSize(2);
            assertThat(sources.get(0)).startsWith("/webjars/echarts/").endsWith(".js").contains("echarts.min");
            assertThat(sources.get(1)).startsWith("/js/charts");
            assertThat(page.select("script").stream().map(Element::data)).allMatch(String::isBlank);
        }

        private List<String> numbers(JsonNode array) {
            List<String> values = new ArrayList<>();
            array.forEach(value -> values.add(value.isNull() ? "null" : value.decimalValue().toPlainString()));
            return values;
        }
    }

    @Nested
    class Echarts_asset {

        @Test
        void the_script_the_page_names_is_served_to_a_logged_in_user_and_to_anyone_cacheable_and_without_a_session()
                throws Exception {
            String src = page.select("script").first().attr("src");

            for (RequestPostProcessor who : List.of(as(Role.EXECUTIVE), request -> request)) {
                MockHttpServletResponse response = mvc.perform(get(src).with(who)).andReturn().getResponse();
                assertThat(response.getStatus()).isEqualTo(200);
                assertThat(response.getContentType()).contains("javascript");
                assertThat(response.getContentAsString()).contains("echarts");
                assertThat(response.getHeader("Cache-Control")).contains("max-age=31536000");
                assertThat(response.getCookies()).isEmpty();
            }
        }

        @Test
        void the_version_free_path_is_served_too() throws Exception {
            MockHttpServletResponse response = mvc.perform(get("/webjars/echarts/dist/echarts.min.js"))
                    .andReturn().getResponse();

            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getContentType()).contains("javascript");
            assertThat(mvc.perform(get("/js/charts.js")).andReturn().getResponse().getContentAsString())
                    .contains("data-chart");
        }
    }

    @Nested
    class The_year {

        @Test
        void without_a_year_the_page_shows_the_clock_s_year() throws Exception {
            Document current = manager.open("/complaints/statistics");

            assertThat(current.selectFirst("h1").text()).endsWith("2011");
            assertThat(current.selectFirst("#year-received").text()).isEqualTo("14");
            assertThat(current.select(".alert.error")).isEmpty();
        }

        @Test
        void the_neighbouring_years_are_a_click_away() throws Exception {
            Document previous = manager.click(page, "a[rel=prev]");

            assertThat(previous.selectFirst("h1").text()).endsWith("2010");
            assertThat(previous.selectFirst("#no-complaints").text()).isEqualTo("No complaint was received in 2010.");
            assertThat(manager.click(page, "a[rel=next]").selectFirst("h1").text()).endsWith("2012");
        }

        @ParameterizedTest
        @ValueSource(strings = {"abc", "99999", "1999", "2101", "-2011", "2011.5", "２０１１", "1e3", "9999999999999999999"})
        void a_year_that_is_not_one_gets_a_message_and_this_year(String year) throws Exception {
            Document shown = manager.open("/complaints/statistics?year=" + java.net.URLEncoder.encode(year,
                    java.nio.charset.StandardCharsets.UTF_8));

            assertThat(shown.selectFirst(".alert.error").text()).isEqualTo(
                    "The year must be a whole number from 2000 to 2100; this year is shown instead.");
            assertThat(shown.selectFirst("h1").text()).endsWith("2011");
        }

        @Test
        void an_executive_reads_the_statistics() throws Exception {
            Document read = new PageClient(mvc, as(Role.EXECUTIVE), "en").open("/complaints/statistics?year=" + YEAR);

            assertThat(read.selectFirst("#year-received").text()).isEqualTo("14");
            assertThat(read.select("form[method=post]")).allMatch(form -> form.attr("action").endsWith("/logout"));
        }
    }

    private String cell(int month, String figure) {
        Element row = page.selectFirst("tr[data-month=" + month + "] td." + figure);
        assertThat(row).as("month %d %s", month, figure).isNotNull();
        return row.text();
    }

    private List<String> counts(int month) {
        return page.select("#counts-table tr[data-month=" + month + "] td").eachText();
    }

    private RequestPostProcessor as(Role role) {
        String username = accounts.create(role).getUsername();
        return user(username).roles(role.name());
    }
}
