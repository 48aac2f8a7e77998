package com.satisfaction.web.campaign;

import com.satisfaction.core.survey.SurveyTemplate;
import com.satisfaction.persistence.survey.Survey;
import com.satisfaction.persistence.survey.SurveyRepository;
import com.satisfaction.persistence.user.Role;
import com.satisfaction.web.Browser;
import com.satisfaction.web.RunningServerTest;
import com.satisfaction.web.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The half-year journey of issue 10 in a real browser, in outbox mode (no mail server): a quality manager
 * imports two customers from a CSV file, creates a campaign of the seed questionnaire for them, finds one
 * contact's invitation in the outbox, and after that contact answers sees the response rate move from 0 to 50 %.
 * Screenshots go to {@code target/screenshots/campaign-*}.
 */
@RunningServerTest
class CampaignInBrowserTest {

    private static final Pattern LINK = Pattern.compile("/s/([A-Za-z0-9_-]{22,43})");

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    SurveyRepository surveys;

    @Autowired
    TransactionTemplate transaction;

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
    void a_manager_imports_customers_runs_a_campaign_from_the_outbox_and_watches_the_response_rate_climb()
            throws IOException {
        String region = "浏览器" + System.nanoTime();
        String surveyTitle = publishedSeedQuestionnaire();
        logIn(accounts.create(Role.QUALITY_MANAGER).getUsername());

        // 1. import the register from a CSV file exported by Excel (UTF-8 with BOM, Chinese header)
        Path csv = Files.createTempFile("register", ".csv");
        Files.writeString(csv, "\uFEFF客户编码,客户名称,地区,行业,价值等级,年度价值,大客户,有效,联系人,电子邮件,电话,语言\n"
                + "B1-" + region.hashCode() + ",华东精密机械有限公司," + region + ",机械,A,1200000,是,是,王经理,wang@example.com,021-1234,zh\n"
                + "B2-" + region.hashCode() + ",Nordic Parts AB," + region + ",Automotive,B,300000,否,是,Anna Berg,anna@example.com,,en\n",
                StandardCharsets.UTF_8);
        browser.get("/customers/import");
        browser.find("input[type=file]").sendKeys(csv.toString());
        browser.clickAndWait("main form button[type=submit]");
        assertThat(browser.text("main")).contains("UTF-8");
        browser.screenshot("campaign-01-import-preview");
        browser.clickAndWait("main form button[type=submit]");
        browser.waitUntil(30, driver -> {
            driver.navigate().refresh();
            return driver.findElement(By.cssSelector(".import-status")).getText().contains("导入完成");
        });
        assertThat(browser.text(".import-counts")).startsWith("新建 2");
        browser.screenshot("campaign-02-import-done");

        // 2. a campaign of the seed questionnaire for the two customers of that region
        browser.get("/campaigns/new");
        new Select(browser.find("#surveyId")).selectByVisibleText(surveyTitle);
        browser.find("#name").clear();
        browser.find("#name").sendKeys("2026 下半年客户满意度调查");
        browser.find("#period").clear();
        browser.find("#period").sendKeys("2026-H2");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('closesOn').value = arguments[0];", LocalDate.now().plusDays(30).toString());
        browser.find("input[name=selection][value=FILTER]").click();
        new Select(browser.find("#region")).selectByVisibleText(region);
        browser.screenshot("campaign-03-new-campaign");
        browser.clickAndWait("main form button.primary");
        String campaignPage = browser.driver().getCurrentUrl();
        assertThat(campaignPage).matches(".*/campaigns/\\d+");
        assertThat(browser.text("#rate")).isEqualTo("0.0 %");
        browser.screenshot("campaign-04-campaign-sent");

        // 3. the outbox holds Anna's invitation, in English, with her personal link
        browser.get("/mail/outbox");
        WebElement annasMail = browser.driver().findElements(By.cssSelector("article.outbox-mail")).stream()
                .filter(mail -> mail.getText().contains("anna@example.com")).findFirst().orElseThrow();
        assertThat(annasMail.getText()).contains("Dear Anna Berg");
        Matcher link = LINK.matcher(annasMail.getText());
        assertThat(link.find()).isTrue();
        browser.screenshot("campaign-05-outbox");

        // 4. Anna answers (the outbox's link, opened on this server)
        browser.driver().manage().deleteAllCookies();
        browser.get("/s/" + link.group(1));
        assertThat(browser.text("h1")).isEqualTo("Customer satisfaction survey");
        List<WebElement> goods = browser.driver().findElements(By.cssSelector("input[type=radio][value='4']"));
        for (WebElement good : goods) {
            browser.scrollTo(good);
            good.click();
        }
        browser.clickAndWait("form.questionnaire button.submit");
        assertThat(browser.text("h1")).isEqualTo("Thank you for your feedback!");

        // 5. the manager sees the response rate climb
        logIn(accounts.create(Role.QUALITY_MANAGER).getUsername());
        browser.get(campaignPage);
        assertThat(browser.text("#rate")).isEqualTo("50.0 %");
        browser.screenshot("campaign-06-rate-climbed");
    }

    private void logIn(String username) {
        browser.get("/login");
        browser.find("#username").sendKeys(username);
        browser.find("#password").sendKeys(TestAccounts.PASSWORD);
        browser.clickAndWait("main form button[type=submit]");
    }

    private String publishedSeedQuestionnaire() {
        return transaction.execute(status -> {
            Survey survey = Survey.draftOf(SurveyTemplate.SEED_QUESTIONNAIRE.definition(), Instant.now());
            survey.publish(Instant.now());
            surveys.save(survey);
            return survey.title().zh();
        });
    }
}
