package com.satisfaction.web.dashboard;

import com.satisfaction.core.period.Period;
import com.satisfaction.persistence.user.Role;
import com.satisfaction.web.Browser;
import com.satisfaction.web.RunningServerTest;
import com.satisfaction.web.TestAccounts;
import com.satisfaction.web.period.HalfYearFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An executive's journey in a real browser, at a desktop width and a phone width: log in, open the dashboard from the
 * home page, pick the closed hand-computed half-year, read the tiles, see every chart drawn, drill into the
 * per-customer table and a customer. Nothing is refused by the Content-Security-Policy, nothing is written to the
 * console as an error, and every resource comes from the application itself. Screenshots go to
 * {@code target/screenshots/dashboard-*}.
 */
@RunningServerTest
class DashboardInBrowserTest {

    /** Records CSP violations and console errors of a page from before its first script runs. */
    private static final String RECORD_PROBLEMS = "window.problems = [];"
            + "document.addEventListener('securitypolicyviolation', function (e) {"
            + " window.problems.push('csp ' + e.violatedDirective + ' ' + e.blockedURI); });"
            + "window.addEventListener('error', function (e) { window.problems.push('error ' + e.message); }, true);"
            + "(function () { var original = console.error; console.error = function () {"
            + " window.problems.push('console ' + Array.prototype.join.call(arguments, ' '));"
            + " return original.apply(console, arguments); }; }());";

    private static final String PAINTED_PIXELS = "var canvas = document.querySelector(arguments[0] + ' canvas');"
            + "if (!canvas || canvas.width === 0) { return 0; }"
            + "var data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;"
            + "var painted = 0; for (var i = 3; i < data.length; i += 4) { if (data[i] > 0) { painted++; } }"
            + "return painted;";

    /** The elements reaching past the window's right edge, to say which one makes the page scroll sideways. */
    private static final String WIDER = "var width = arguments[0]; return Array.from(document.querySelectorAll('body *'))"
            + ".filter(function (e) { return !e.parentElement.closest('.table-wrap') && e.getBoundingClientRect().right > width; })"
            + ".slice(0, 8).map(function (e) { return e.tagName + '#' + e.id + '.' + e.className; });";

    private static final List<String> CHARTS = List.of("#trend-chart", "#nps-chart", "#csat-chart", "#ces-chart",
            "#grid-chart", "#breakdown-REGION-chart", "#breakdown-KEY_ACCOUNT-chart");

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    HalfYearFixture fixture;

    @Test
    void an_executive_opens_the_dashboard_of_a_closed_half_year_and_drills_into_a_customer() {
        Period period = Period.of("2058-H1");
        String prefix = "W" + UUID.randomUUID().toString().substring(0, 6) + "-";
        HalfYearFixture.HalfYear h = fixture.handComputed(period, prefix);
        fixture.sameRowsIn(period.previous(), h);
        try (Browser manager = Browser.open(port, 1280, 900)) {
            logIn(manager, accounts.create(Role.QUALITY_MANAGER).getUsername());
            for (Period closed : List.of(period.previous(), period)) {
                manager.get("/periods/" + closed);
                manager.find("#waiverReason").sendKeys("A10 was closed for the holidays.");
                manager.clickAndWait("#close-form button[type=submit]");
                assertThat(manager.text("#period-status")).isEqualTo("已结算");
            }
        }
        String executive = accounts.create(Role.EXECUTIVE).getUsername();

        for (int width : new int[] {1280, 360}) {
            try (Browser browser = Browser.open(port, width, 900)) {
                ((HasCdp) browser.driver()).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                        Map.of("source", RECORD_PROBLEMS));
                logIn(browser, executive);
                browser.clickAndWait("#home-dashboard");
                new Select(browser.find("#period")).selectByValue(period.toString());
                browser.clickAndWait(".period-picker button[type=submit]");

                assertThat(browser.text("h1")).isEqualTo("半年度仪表板 · 2058-H1");
                assertThat(browser.text("#tile-overallComposite .value")).isEqualTo("85.4");
                assertThat(browser.text("#tile-overallComposite .change")).isEqualTo("+1.0");
                assertThat(browser.text("#tile-satisfactionRate .value")).isEqualTo("60.0 %");
                for (String chart : CHARTS) {
                    long painted = browser.waitUntil(20, driver -> {
                        browser.scrollTo(browser.find(chart));
                        Object pixels = ((JavascriptExecutor) driver).executeScript(PAINTED_PIXELS, chart);
                        return ((Number) pixels).longValue() > 500 ? (Number) pixels : null;
                    }).longValue();
                    assertThat(painted).as("pixels painted in %s at %d px", chart, width).isGreaterThan(500);
                    assertThat(browser.find(chart).getAttribute("aria-label")).contains("2058-H1");
                }
                assertThat(browser.pageWidth()).as("page width at %d px; wider: %s", width,
                        ((JavascriptExecutor) browser.driver()).executeScript(WIDER, width)).isLessThanOrEqualTo(width);
                JavascriptExecutor page = (JavascriptExecutor) browser.driver();
                page.executeScript("window.scrollTo(0, 0);");
                browser.screenshot("dashboard-" + width + "-01-tiles");
                browser.scrollTo(browser.find("#trend-chart"));
                browser.screenshot("dashboard-" + width + "-02-trend");
                browser.scrollTo(browser.find("#grid-table"));
                browser.screenshot("dashboard-" + width + "-03-grid");
                browser.scrollTo(browser.find("#breakdown-KEY_ACCOUNT-chart"));
                browser.screenshot("dashboard-" + width + "-04-breakdowns");
                assertOnlyOwnResourcesAndNoProblems(page);

                browser.clickAndWait("#grid-table td[data-segment=LOW_PRIORITY] a");
                assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector("#customer-table tbody tr")))
                        .hasSize(3);
                browser.screenshot("dashboard-" + width + "-05-customers");
                assertOnlyOwnResourcesAndNoProblems(page);
                browser.clickAndWait("tr[data-code='" + h.code("A03") + "'] a.customer-link");
                assertThat(browser.text("h1")).contains(h.code("A03"));
                browser.screenshot("dashboard-" + width + "-06-customer");
                assertOnlyOwnResourcesAndNoProblems(page);

                browser.get("/dashboard?period=" + period + "&lang=en");
                assertThat(browser.text("h1")).isEqualTo("Half-year dashboard · 2058-H1");
                assertThat(browser.text("#tile-nps .nps-split")).isEqualTo("promoters 2 · passives 1 · detractors 2");
                browser.screenshot("dashboard-" + width + "-07-english");
                assertOnlyOwnResourcesAndNoProblems(page);
            }
        }
    }

    private static void logIn(Browser browser, String username) {
        browser.get("/login");
        browser.find("#username").sendKeys(username);
        browser.find("#password").sendKeys(TestAccounts.PASSWORD);
        browser.clickAndWait("main form button[type=submit]");
    }

    /** Every resource the page loaded came from the application's own host; no CSP violation, no console error. */
    private void assertOnlyOwnResourcesAndNoProblems(JavascriptExecutor page) {
        @SuppressWarnings("unchecked")
        List<String> resources = (List<String>) page.executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; })"
                        + ".concat([location.href]);");
        assertThat(resources).isNotEmpty().allSatisfy(url -> {
            URI uri = URI.create(url);
            assertThat(uri.getHost()).as(url).isIn("localhost", "127.0.0.1");
            assertThat(uri.getPort()).as(url).isEqualTo(port);
        });
        assertThat(page.executeScript("return window.problems;")).as("CSP violations and console errors")
                .isEqualTo(List.of());
    }
}
