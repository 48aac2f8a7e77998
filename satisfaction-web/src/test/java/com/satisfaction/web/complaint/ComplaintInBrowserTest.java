package com.satisfaction.web.complaint;

import com.satisfaction.core.survey.Language;
import com.satisfaction.persistence.customer.Customer;
import com.satisfaction.persistence.customer.CustomerRepository;
import com.satisfaction.persistence.user.Role;
import com.satisfaction.persistence.user.UserAccount;
import com.satisfaction.persistence.user.UserAccountRepository;
import com.satisfaction.web.Browser;
import com.satisfaction.web.RunningServerTest;
import com.satisfaction.web.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A complaint's life in a real browser: a quality manager records it, hands it over to a colleague, who walks it
 * through acknowledgement, investigation, resolution (after being told the root cause is missing), follow-up and
 * closing with an effectiveness check; the history shows every step. Screenshots go to
 * {@code target/screenshots/complaint-*}.
 */
@RunningServerTest
class ComplaintInBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UserAccountRepository users;

    @Autowired
    CustomerRepository customers;

    @Autowired
    TransactionTemplate transaction;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(port, 1100, 1000);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void a_manager_records_a_complaint_hands_it_over_and_the_colleague_closes_it_with_an_effectiveness_check() {
        String customer = "浏览器精密 " + UUID.randomUUID().toString().substring(0, 6);
        String code = "BR-" + UUID.randomUUID().toString().substring(0, 8);
        long[] customerId = new long[1];
        transaction.executeWithoutResult(status -> {
            Customer created = new Customer(code, customer, Instant.now());
            created.addContact("王经理", "wang@example.com", null, Language.ZH);
            customerId[0] = customers.save(created).getId();
        });
        UserAccount first = accounts.create(Role.QUALITY_MANAGER);
        UserAccount colleague = accounts.create(Role.QUALITY_MANAGER);
        transaction.executeWithoutResult(status -> users.findById(colleague.getId()).orElseThrow()
                .setMailAddress("colleague@example.com", Language.ZH));

        // 1. record it
        logIn(first.getUsername());
        browser.get("/complaints/new");
        new Select(browser.find("#customerId")).selectByVisibleText(customer + " (" + code + ")");
        // the contact of this customer: other tests' customers may have a contact of the same name
        new Select(browser.find("#contactId")).selectByValue(browser.find(
                "#contactId optgroup[data-customer='" + customerId[0] + "'] option").getAttribute("value"));
        new Select(browser.find("#channel")).selectByVisibleText("电话");
        new Select(browser.find("#category")).selectByVisibleText("质量");
        new Select(browser.find("#severity")).selectByVisibleText("严重");
        browser.find("#description").sendKeys("批次 A12 表面划伤 30 件");
        browser.screenshot("complaint-01-record");
        browser.clickAndWait("form.complaint-form button.primary");
        assertThat(browser.driver().findElements(By.cssSelector(".flash")))
                .as("recorded, else the page says why: %s at %s", browser.driver().findElements(
                        By.cssSelector(".field-error, .alert")).stream().map(e -> e.getText()).toList(),
                        browser.driver().getCurrentUrl()).isNotEmpty();
        assertThat(browser.text(".flash")).isEqualTo("投诉已登记，您是首问负责人。");
        assertThat(browser.text("#status")).isEqualTo("已接收");
        String complaintPage = browser.driver().getCurrentUrl();
        browser.screenshot("complaint-02-recorded");

        // 2. hand it over
        new Select(browser.find("#newOwnerId")).selectByValue(colleague.getId().toString());
        browser.find("#reason").sendKeys("该客户由李工负责");
        browser.clickAndWait("#handover button");
        assertThat(browser.text(".flash")).isEqualTo("投诉已转交，已通过邮件通知新负责人。");
        assertThat(browser.text("#owner")).isEqualTo(colleague.getDisplayName());
        browser.screenshot("complaint-03-handed-over");

        // 3. the colleague walks it to closed
        browser.driver().manage().deleteAllCookies();
        logIn(colleague.getUsername());
        browser.get(complaintPage);
        takeStep("ACKNOWLEDGE");
        assertThat(browser.text("#status")).isEqualTo("已确认");
        takeStep("INVESTIGATE");
        browser.find("#rootCause-RESOLVE").sendKeys("模具磨损");
        takeStep("RESOLVE");
        assertThat(browser.text("#step-RESOLVE .alert.error")).isEqualTo("解决前请填写纠正措施。");
        browser.screenshot("complaint-04-resolve-refused");
        browser.find("#correctiveAction-RESOLVE").sendKeys("更换模具，每 5000 件检查一次");
        takeStep("RESOLVE");
        assertThat(browser.text("#status")).isEqualTo("已解决");
        browser.find("#step-FOLLOW_UP input[name=handlingSatisfaction][value='4']").click();
        takeStep("FOLLOW_UP");
        browser.find("#step-CLOSE input[name=effectiveness][value=EFFECTIVE]").click();
        browser.find("#evidence-CLOSE").sendKeys("此后 3 批 9000 件无划伤");
        browser.screenshot("complaint-05-closing");
        takeStep("CLOSE");

        assertThat(browser.text(".flash")).isEqualTo("投诉已关闭。");
        assertThat(browser.text("#status")).isEqualTo("已关闭");
        assertThat(browser.text(".complaint-resolution")).contains("有效", "此后 3 批 9000 件无划伤", "4 分（满分 5 分）");
        assertThat(browser.text("#response-time")).contains("达标");
        List<String> history = browser.driver().findElements(By.cssSelector("table.complaint-history tbody tr"))
                .stream().map(row -> row.getText()).toList();
        assertThat(history).hasSize(7);
        assertThat(history.get(1)).contains("负责人：" + first.getDisplayName() + " → " + colleague.getDisplayName(), "该客户由李工负责");
        assertThat(history.get(6)).contains(colleague.getDisplayName(), "状态：已回访 → 已关闭");
        browser.scrollTo(browser.find("table.complaint-history"));
        browser.screenshot("complaint-06-closed-with-history");

        // 4. its times count in the monthly statistics, reached from the complaint list
        browser.get("/complaints");
        browser.clickAndWait("a[href$='/complaints/statistics']");
        assertThat(browser.text("h1")).contains("投诉月度统计");
        assertThat(Integer.parseInt(browser.text("#year-closed"))).isPositive();
        assertThat(browser.text("#year-response")).isNotEqualTo("无数据").matches("[0-9]+\\.[0-9]");
        assertThat(browser.text("#year-satisfaction")).contains("n=");
        browser.waitUntil(20, d -> d.findElements(By.cssSelector("#time-chart canvas")).size() > 0);
        browser.screenshot("complaint-07-monthly-statistics");
    }

    private void takeStep(String transition) {
        browser.clickAndWait("#step-" + transition + " button[type=submit]");
    }

    private void logIn(String username) {
        browser.get("/login");
        browser.find("#username").sendKeys(username);
        browser.find("#password").sendKeys(TestAccounts.PASSWORD);
        browser.clickAndWait("main form button[type=submit]");
    }
}
