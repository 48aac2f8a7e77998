package com.satisfaction.web.report;

import com.satisfaction.core.period.Period;
import com.satisfaction.persistence.user.Role;
import com.satisfaction.web.Browser;
import com.satisfaction.web.RunningServerTest;
import com.satisfaction.web.TestAccounts;
import com.satisfaction.web.period.HalfYearFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The half-year report in a real browser: a quality manager closes the hand-computed half-year, writes the conclusion
 * and signs it off; an executive reads the report in Chinese and English, at 1280 and 360 px. Screenshots go to
 * {@code target/screenshots/report-*}.
 */
@RunningServerTest
class ReportInBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    HalfYearFixture fixture;

    Browser browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void a_manager_closes_concludes_and_signs_off_and_an_executive_reads_the_report() {
        Period period = Period.of("2061-H1");
        fixture.handComputed(period, "B" + UUID.randomUUID().toString().substring(0, 6) + "-");
        browser = Browser.open(port, 1280, 900);
        logIn(accounts.create(Role.QUALITY_MANAGER).getUsername());

        browser.get("/periods/" + period);
        browser.find("#waiverReason").sendKeys("大客户 A10 休假，14 份中回收 13 份。");
        browser.clickAndWait("#close-form button");
        browser.clickAndWait("#report-link");
        assertThat(browser.text("#report-title")).isEqualTo("客户满意度调查总结分析报告");
        browser.find("#conclusion").sendKeys("本半年度客户满意率 60.0 %，未达 85 % 目标。");
        browser.find("#measures").sendKeys("交付：与 A04 每周检讨。");
        browser.find("#nextTargets").sendKeys("客户满意率 ≥ 85 %");
        browser.clickAndWait("#conclusion-form button");
        browser.clickAndWait("#sign-off-form button");
        assertThat(browser.text(".flash")).isEqualTo("报告已签核，总结现为只读。");
        browser.screenshot("report-01-signed-off-zh-1280");

        browser.close();
        browser = Browser.open(port, 1280, 900);
        logIn(accounts.create(Role.EXECUTIVE).getUsername());
        browser.get("/periods/" + period + "/report?lang=en");
        assertThat(browser.text("#satisfaction-rate")).contains("60.0 %", "n = 10", "31.3–83.2 %");
        assertThat(browser.text("#signature")).startsWith("Signed off by ");
        assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector("#conclusion-form"))).isEmpty();
        browser.screenshot("report-02-executive-en-1280");
        browser.scrollTo(browser.find("#results"));
        browser.screenshot("report-03-executive-en-1280-results");
        browser.scrollTo(browser.find("#conclusion-part"));
        browser.screenshot("report-04-executive-en-1280-conclusion");
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
        browser.get("/periods/" + period + "/report?lang=zh");
        assertThat(browser.pageWidth()).isLessThanOrEqualTo(360);
        browser.screenshot("report-05-executive-zh-360");
    }

    private void logIn(String username) {
        browser.get("/login");
        browser.find("#username").sendKeys(username);
        browser.find("#password").sendKeys(TestAccounts.PASSWORD);
        browser.clickAndWait("main form button[type=submit]");
    }
}
