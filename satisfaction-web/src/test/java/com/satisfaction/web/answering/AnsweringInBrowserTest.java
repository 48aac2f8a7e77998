package com.satisfaction.web.answering;

import com.satisfaction.core.survey.Language;
import com.satisfaction.core.survey.SurveyTemplate;
import com.satisfaction.persistence.response.Recipient;
import com.satisfaction.persistence.response.RecipientRepository;
import com.satisfaction.persistence.survey.Question;
import com.satisfaction.persistence.survey.Survey;
import com.satisfaction.persistence.survey.SurveyRepository;
import com.satisfaction.web.Browser;
import com.satisfaction.web.RunningServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customer's journey in a real browser (headless Chromium) on a phone-sized screen: open the link,
 * submit with one required question missing, see the message with the other answers kept, fix it, see the
 * thank-you page, open the link again and see "already answered". Screenshots of each step go to
 * {@code target/screenshots/} for review.
 */
@RunningServerTest
class AnsweringInBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    SurveyRepository surveys;

    @Autowired
    RecipientRepository recipients;

    @Autowired
    TransactionTemplate transaction;

    Browser session;
    WebDriver browser;

    @BeforeEach
    void startBrowser() {
        session = Browser.open(port, 360, 740);
        browser = session.driver();
    }

    @AfterEach
    void stopBrowser() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void a_customer_answers_the_seed_questionnaire_on_a_phone() {
        LinkToSurvey link = publishedSeedQuestionnaireLink();
        String url = "http://localhost:" + port + "/s/" + link.token();

        browser.get(url);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("客户满意度调查表");
        assertThat(pageWidth()).as("no horizontal scrolling on a 360 px phone").isLessThanOrEqualTo(360);
        screenshot("01-opened");

        List<Long> questions = link.likertQuestionIds();
        long skipped = questions.get(2);
        choose(questions.get(0), 5);
        choose(questions.get(1), 4);
        browser.findElement(By.cssSelector("textarea")).sendKeys("希望缩短交期");
        assertThat(browser.findElement(By.cssSelector(".survey-progress-count")).getText())
                .as("the progress counts the questions answered").isEqualTo("3 / " + (questions.size() + 1));

        // switching the language mid-form keeps every answer
        clickAndWait(browser.findElement(By.cssSelector("button[name=switchTo][value=en]")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Customer satisfaction survey");
        assertThat(radio(questions.get(0), 5).isSelected()).as("answers survive the language switch").isTrue();
        assertThat(radio(questions.get(1), 4).isSelected()).isTrue();
        assertThat(browser.findElement(By.cssSelector("textarea")).getAttribute("value")).isEqualTo("希望缩短交期");
        assertThat(browser.findElement(By.cssSelector(".point.labelled")).getText()).isEqualTo("Very good");
        screenshot("02-switched-to-english");
        clickAndWait(browser.findElement(By.cssSelector("button[name=switchTo][value=zh]")));
        assertThat(radio(questions.get(0), 5).isSelected()).isTrue();

        for (long question : questions.subList(2, questions.size())) {
            if (question != skipped) {
                choose(question, 4);
            }
        }
        submit();

        WebElement faulty = browser.findElement(By.id("question-" + skipped));
        assertThat(faulty.getAttribute("class")).contains("has-error");
        assertThat(faulty.findElement(By.className("field-error")).getText()).isEqualTo("此题为必答题。");
        assertThat(browser.findElements(By.cssSelector(".question.has-error"))).hasSize(1);
        assertThat(radio(questions.get(0), 5).isSelected()).as("answers given are kept").isTrue();
        assertThat(radio(questions.get(1), 4).isSelected()).isTrue();
        assertThat(browser.findElement(By.cssSelector("textarea")).getAttribute("value")).isEqualTo("希望缩短交期");
        scrollTo(faulty);
        screenshot("03-required-question-missing");

        choose(skipped, 3);
        // as after a restart of the server or a long lunch: no cookie of any kind; the link alone is enough
        browser.manage().deleteAllCookies();
        submit();

        assertThat(browser.getCurrentUrl()).contains("/thanks");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("感谢您的反馈！");
        assertThat(browser.manage().getCookies()).as("the public pages keep no session").isEmpty();
        screenshot("04-thank-you");

        browser.get(url);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("此问卷已经答复");
        screenshot("05-already-answered");
    }

    @Test
    void every_answer_of_a_0_to_10_scale_is_a_thumb_sized_target_on_a_phone() {
        String token = publishedLink(SurveyTemplate.NPS_WITH_REASON).token();
        browser.get("http://localhost:" + port + "/s/" + token);

        List<WebElement> points = browser.findElements(By.cssSelector(".point"));
        assertThat(points).hasSizeGreaterThanOrEqualTo(11);
        for (WebElement point : points) {
            assertThat(point.getSize().getWidth()).as("tap target width").isGreaterThanOrEqualTo(44);
            assertThat(point.getSize().getHeight()).as("tap target height").isGreaterThanOrEqualTo(44);
        }
        assertThat(pageWidth()).as("no horizontal scrolling on a 360 px phone").isLessThanOrEqualTo(360);
        screenshot("06-nps-on-a-phone");
    }

    private record LinkToSurvey(String token, List<Long> likertQuestionIds) {
    }

    private LinkToSurvey publishedSeedQuestionnaireLink() {
        return publishedLink(SurveyTemplate.SEED_QUESTIONNAIRE);
    }

    private LinkToSurvey publishedLink(SurveyTemplate template) {
        return transaction.execute(status -> {
            Survey survey = Survey.draftOf(template.definition(), Instant.now());
            survey.publish(Instant.now());
            surveys.save(survey);
            Recipient recipient = recipients.save(Recipient.testLink(survey, "browser test", Language.ZH,
                    "browser" + System.nanoTime() + "xxxxxxxxxxxxxx", Instant.now()));
            List<Long> likert = survey.questions().stream()
                    .filter(q -> q.getType().name().equals("LIKERT5")).map(Question::getId).toList();
            return new LinkToSurvey(recipient.getToken(), likert);
        });
    }

    private WebElement radio(long question, int value) {
        return browser.findElement(By.cssSelector("input[name='q" + question + "'][value='" + value + "']"));
    }

    private void choose(long question, int value) {
        WebElement radio = radio(question, value);
        scrollTo(radio);
        radio.click();
    }

    /** Submits and waits until the browser shows the page that answers the POST. */
    private void submit() {
        clickAndWait(browser.findElement(By.cssSelector("form.questionnaire button.submit")));
    }

    private void clickAndWait(WebElement button) {
        session.clickAndWait(button);
    }

    private long pageWidth() {
        return session.pageWidth();
    }

    private void scrollTo(WebElement element) {
        session.scrollTo(element);
    }

    private void screenshot(String name) {
        session.screenshot(name);
    }
}
