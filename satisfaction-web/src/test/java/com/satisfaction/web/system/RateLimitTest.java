package com.satisfaction.web.system;

import com.satisfaction.core.survey.Language;
import com.satisfaction.persistence.response.Recipient;
import com.satisfaction.persistence.testdb.PostgresTestDatabase;
import com.satisfaction.web.HttpTestClient;
import com.satisfaction.web.PostgresApplicationTest;
import com.satisfaction.web.answering.SurveyFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Public writes beyond the limit per client address get a clear 429 page in the page's language; survey-link
 * requests beyond what the bulkhead admits get the busy page, which carries the answers to send again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "satisfaction.login.initial-admin-password=" + PostgresApplicationTest.ADMIN_PASSWORD,
        "satisfaction.rate-limit.public-writes-per-minute=5",
        // one survey-link request at a time and nobody waiting: a burst meets the busy page
        "satisfaction.public-links.concurrent=1", "satisfaction.public-links.waiting-room=0"})
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = PostgresTestDatabase.Initializer.class)
class RateLimitTest {

    @LocalServerPort
    int port;

    @Autowired
    SurveyFixture fixture;

    @Test
    void the_writes_over_the_limit_get_a_429_page_in_the_links_language_while_another_address_still_answers() {
        SurveyFixture.Published survey = fixture.publishedSurvey();
        Recipient link = fixture.linkTo(survey.surveyId(), Language.EN);
        HttpTestClient customer = new HttpTestClient(port, Map.of("X-Forwarded-For", "203.0.113.50"));

        for (int i = 0; i < 5; i++) {
            assertThat(post(customer, link, "en").statusCode()).isEqualTo(200);
        }
        HttpResponse<String> refused = post(customer, link, "en");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).contains("Too many requests", "try again in a minute").doesNotContain("Exception");

        HttpResponse<String> login = customer.send(HttpRequest.newBuilder(URI.create(customer.url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=guess")));
        assertThat(login.statusCode()).as("login posts count as public writes too").isEqualTo(429);

        HttpTestClient colleague = new HttpTestClient(port, Map.of("X-Forwarded-For", "203.0.113.51"));
        assertThat(post(colleague, link, "zh").statusCode()).isEqualTo(200);
        assertThat(colleague.get("/s/" + link.getToken()).statusCode()).as("reading is not limited").isEqualTo(200);
    }

    @Test
    void a_burst_beyond_the_bulkhead_gets_the_busy_page_with_the_answers_to_send_again() throws Exception {
        SurveyFixture.Published survey = fixture.publishedSurvey();
        Recipient link = fixture.linkTo(survey.surveyId(), Language.EN);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<HttpResponse<String>> answers = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> posts = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                HttpTestClient customer = new HttpTestClient(port, Map.of("X-Forwarded-For", "198.51.100." + (10 + i)));
                posts.add(pool.submit(() -> {
                    start.await();
                    return customer.send(HttpRequest.newBuilder(URI.create(customer.url("/s/" + link.getToken())))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("lang=en&" + survey.field(6) + "=faster")));
                }));
            }
            start.countDown();
            for (Future<HttpResponse<String>> post : posts) {
                answers.add(post.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(answers).allMatch(answer -> answer.statusCode() == 200 || answer.statusCode() == 503);
        HttpResponse<String> busy = answers.stream().filter(answer -> answer.statusCode() == 503).findFirst()
                .orElseThrow(() -> new AssertionError("no request met the full bulkhead"));
        assertThat(busy.headers().firstValue("Retry-After")).isPresent();
        assertThat(busy.body()).contains("Busy right now", "Send again",
                "name=\"" + survey.field(6) + "\" value=\"faster\"", "action=\"/s/" + link.getToken() + "\"");
    }

    /** An incomplete answer: the form comes back (200) and nothing is stored, but the write is counted. */
    private static HttpResponse<String> post(HttpTestClient client, Recipient link, String lang) {
        return client.send(HttpRequest.newBuilder(URI.create(client.url("/s/" + link.getToken())))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("lang=" + lang)));
    }
}
