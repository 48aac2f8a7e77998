package com.satisfaction.web.action;

import com.satisfaction.persistence.user.Role;
import com.satisfaction.web.Browser;
import com.satisfaction.web.RunningServerTest;
import com.satisfaction.web.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11's journey in a real browser: a quality manager opens a stored response with a low answer, turns that
 * answer into an improvement action in one click, sees the action link back to the response and the response list
 * the action, and starts the work. Screenshots go to {@code target/screenshots/actions-*}.
 */
@RunningServerTest
class ActionsInBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ActionFixture fixture;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(port, 1100, 900);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void a_manager_turns_a_low_answer_into_an_action_and_sees_them_linked_both_ways() {
        ActionFixture.StoredResponse response = fixture.response(4, "");
        String responsePage = "/surveys/" + response.surveyId() + "/responses/" + response.responseId();
        logIn(accounts.create(Role.QUALITY_MANAGER).getUsername());

        // 1. the response: the NPS 4 and the 差 are marked low, each with its two one-click follow-ups
        browser.get(responsePage);
        WebElement nps = row("推荐意愿");
        assertThat(nps.getText()).contains("低分", "→ 投诉", "→ 整改措施");
        assertThat(row("产品质量").getText()).doesNotContain("低分");
        browser.screenshot("actions-01-response-with-low-answers");

        // 2. one click: the form comes pre-filled with the question and shows the answer it is made from
        browser.clickAndWait(nps.findElement(By.cssSelector("a.to-action")));
        assertThat(browser.find("#title").getAttribute("value")).isEqualTo("推荐意愿");
        assertThat(browser.text(".source")).contains("调查低分", "答卷 #" + response.responseId(), "4 / 10");
        browser.find("#title").clear();
        browser.find("#title").sendKeys("回访 NPS 低分客户，查明不推荐的原因");
        browser.find("#ownerDepartment").sendKeys("销售部");
        browser.screenshot("actions-02-prefilled-form");
        browser.clickAndWait("main form.form button.primary");

        // 3. the action: open, its source linked back to the response
        assertThat(browser.text(".flash")).isEqualTo("整改措施已创建。");
        assertThat(browser.text("h1")).contains("回访 NPS 低分客户", "待处理");
        assertThat(browser.text(".source")).contains("调查低分", "推荐意愿");
        String actionPage = browser.driver().getCurrentUrl();
        browser.screenshot("actions-03-action-page");

        // 4. back on the response, the action is listed and links to the action
        browser.clickAndWait(".source a.source-link");
        assertThat(browser.driver().getCurrentUrl()).endsWith(responsePage);
        WebElement linked = browser.find(".linked-from-response a[href^='/actions/']");
        assertThat(linked.getText()).isEqualTo("回访 NPS 低分客户，查明不推荐的原因");
        browser.scrollTo(linked);
        browser.screenshot("actions-04-response-lists-the-action");

        // 5. the work starts; the history says who and when
        browser.clickAndWait(linked);
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(actionPage);
        browser.find("#text-IN_PROGRESS").sendKeys("已约客户下周电话回访");
        browser.clickAndWait("form.step button.primary");
        assertThat(browser.text(".flash")).isEqualTo("整改措施已转为“进行中”。");
        assertThat(browser.text("table.history")).contains("待处理 → 进行中", "已约客户下周电话回访");
        browser.scrollTo(browser.find("table.history"));
        browser.screenshot("actions-05-in-progress-with-history");
    }

    private WebElement row(String question) {
        return browser.driver().findElements(By.cssSelector("main tr")).stream()
                .filter(tr -> !tr.findElements(By.tagName("th")).isEmpty()
                        && tr.findElement(By.tagName("th")).getText().contains(question))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + question));
    }

    private void logIn(String username) {
        browser.get("/login");
        browser.find("#username").sendKeys(username);
        browser.find("#password").sendKeys(TestAccounts.PASSWORD);
        browser.clickAndWait("main form button[type=submit]");
    }
}
