package com.satisfaction.web.statistics;

import com.satisfaction.persistence.user.Role;
import com.satisfaction.web.Browser;
import com.satisfaction.web.RunningServerTest;
import com.satisfaction.web.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.HasCdp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics page in a real browser: a quality manager picks the year and sees both charts really drawn by
 * ECharts (a canvas with painted pixels inside each chart element) beside the tables, with no script or style
 * refused by the Content-Security-Policy. Screenshots go to {@code target/screenshots/statistics-*}.
 */
@RunningServerTest
class ComplaintStatisticsInBrowserTest {

    /** A year no other test writes complaints for. */
    private static final int YEAR = 2012;

    /** Collects every Content-Security-Policy violation of a page, from before its first script runs. */
    private static final String RECORD_CSP_VIOLATIONS = "window.cspViolations = [];"
            + "document.addEventListener('securitypolicyviolation', function (e) {"
            + " window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI); });";

    /** How many pixels of a chart's canvas have been painted. */
    private static final String PAINTED_PIXELS = "var canvas = document.querySelector(arguments[0] + ' canvas');"
            + "if (!canvas || canvas.width === 0) { return 0; }"
            + "var data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;"
            + "var painted = 0; for (var i = 3; i < data.length; i += 4) { if (data[i] > 0) { painted++; } }"
            + "return painted;";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(port, 1200, 1000);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void a_manager_picks_a_year_and_sees_its_complaints_drawn_beside_their_numbers() {
        String manager = accounts.create(Role.QUALITY_MANAGER).getUsername();
        ComplaintRows.insert(jdbc, YEAR, accounts.create(Role.QUALITY_MANAGER).getId(), ComplaintRows.A_YEAR);
        ((HasCdp) browser.driver()).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", RECORD_CSP_VIOLATIONS));
        browser.get("/login");
        browser.find("#username").sendKeys(manager);
        browser.find("#password").sendKeys(TestAccounts.PASSWORD);
        browser.clickAndWait("main form button[type=submit]");

        browser.get("/complaints/statistics");
        browser.find("#year").clear();
        browser.find("#year").sendKeys(String.valueOf(YEAR));
        browser.clickAndWait(".year-picker button[type=submit]");

        assertThat(browser.text("h1")).endsWith(String.valueOf(YEAR));
        for (String chart : List.of("#category-chart", "#time-chart")) {
            long painted = browser.waitUntil(20, driver -> {
                Object pixels = ((JavascriptExecutor) driver).executeScript(PAINTED_PIXELS, chart);
                return ((Number) pixels).longValue() > 1000 ? (Number) pixels : null;
            }).longValue();
            assertThat(painted).as("pixels painted in %s", chart).isGreaterThan(1000);
            assertThat(browser.find(chart).getAttribute("data-chart-drawn")).isEqualTo("true");
            assertThat(browser.find(chart).getAttribute("aria-label")).contains(String.valueOf(YEAR));
        }
        assertThat(browser.text("#counts-table tr[data-month='1'] td.received")).isEqualTo("5");
        assertThat(browser.text("#times-table tr[data-month='1'] td.response-mean")).isEqualTo("4.2");
        assertThat(browser.text("#times-table tr[data-month='3'] td.response-mean")).isEqualTo("无数据");
        browser.scrollTo(browser.find("#category-chart"));
        browser.screenshot("statistics-01-category-chart");
        browser.scrollTo(browser.find("#time-chart"));
        browser.screenshot("statistics-02-time-chart");

        browser.scrollTo(browser.find("#rules"));
        browser.screenshot("statistics-03-rules");

        JavascriptExecutor page = (JavascriptExecutor) browser.driver();
        assertThat(page.executeScript("return window.cspViolations;"))
                .as("Content-Security-Policy violations").isEqualTo(List.of());
        // the recorder does see what the policy refuses: an inline style attribute
        page.executeScript("var d = document.createElement('div'); d.setAttribute('style', 'color: red');"
                + " document.body.appendChild(d);");
        Boolean seen = browser.waitUntil(5, driver -> ((List<?>) page.executeScript("return window.cspViolations;"))
                .isEmpty() ? null : Boolean.TRUE);
        assertThat(seen).isTrue();
    }
}
