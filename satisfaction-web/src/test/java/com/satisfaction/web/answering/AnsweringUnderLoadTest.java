package com.satisfaction.web.answering;

import com.satisfaction.core.survey.Language;
import com.satisfaction.persistence.response.Recipient;
import com.satisfaction.persistence.user.Role;
import com.satisfaction.web.HttpTestClient;
import com.satisfaction.web.RunningServerTest;
import com.satisfaction.web.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public link and the login under concurrent load, against the running server on PostgreSQL, from
 * separate HTTP clients: no request may end in a 5xx, no link may hold two responses, no acknowledged
 * response may be incomplete, and a manager's page must stay responsive meanwhile.
 */
@RunningServerTest
class AnsweringUnderLoadTest {

    private static final int DISTINCT_LINKS = 64;
    private static final int POSTS_TO_ONE_LINK = 200;

    @LocalServerPort
    int port;

    @Autowired
    SurveyFixture fixture;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void concurrent_submissions_to_distinct_links_and_to_one_link_end_stored_or_already_answered_never_in_a_5xx()
            throws Exception {
        SurveyFixture.Published survey = fixture.publishedSurvey();
        List<Recipient> distinct = new ArrayList<>();
        for (int i = 0; i < DISTINCT_LINKS; i++) {
            distinct.add(fixture.linkTo(survey.surveyId(), Language.ZH));
        }
        Recipient shared = fixture.linkTo(survey.surveyId(), Language.ZH);
        HttpTestClient manager = new HttpTestClient(port);
        manager.login(accounts.create(Role.QUALITY_MANAGER).getUsername(), TestAccounts.PASSWORD);

        List<Callable<Integer>> customers = new ArrayList<>();
        distinct.forEach(link -> customers.add(() -> answer(link.getToken(), survey)));
        for (int i = 0; i < POSTS_TO_ONE_LINK; i++) {
            customers.add(() -> answer(shared.getToken(), survey));
        }
        ExecutorService pool = Executors.newFixedThreadPool(customers.size() + 1);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> statuses = new ArrayList<>();
            for (Callable<Integer> customer : customers) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    return customer.call();
                }));
            }
            Future<Long> managerPage = pool.submit(() -> {
                start.await();
                long begin = System.nanoTime();
                assertThat(manager.get("/surveys").statusCode()).isEqualTo(200);
                return Duration.ofNanos(System.nanoTime() - begin).toMillis();
            });
            start.countDown();

            Map<Integer, Long> byStatus = new java.util.TreeMap<>();
            for (Future<Integer> status : statuses) {
                byStatus.merge(status.get(), 1L, Long::sum);
            }
            assertThat(byStatus.keySet()).as("statuses %s", byStatus).allMatch(status -> status < 500);
            assertThat(managerPage.get()).as("a manager's page during the burst, ms").isLessThan(10_000);
        } finally {
            pool.shutdownNow();
        }

        for (Recipient link : distinct) {
            assertThat(responsesOf(link)).as("responses of one link").isEqualTo(1);
        }
        assertThat(responsesOf(shared)).isEqualTo(1);
        assertThat(jdbc.queryForList("select count(a.id) from response r join recipient l on l.id = r.recipient_id "
                        + "left join answer a on a.response_id = r.id where l.survey_id = ? group by r.id", Long.class,
                survey.surveyId()))
                .as("every acknowledged response holds all its answers").hasSize(DISTINCT_LINKS + 1)
                .allMatch(answers -> answers == 3);
    }

    @Test
    void a_hundred_parallel_wrong_guesses_check_at_most_five_passwords_and_the_real_user_still_logs_in()
            throws Exception {
        String username = accounts.create(Role.ADMIN).getUsername();
        ExecutorService pool = Executors.newFixedThreadPool(100);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                String guess = "guess-" + i;
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return new HttpTestClient(port).login(username, guess).headers().firstValue("Location").orElse("");
                }));
            }
            start.countDown();
            List<String> locations = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                locations.add(outcome.get());
            }

            assertThat(locations.stream().filter(location -> location.endsWith("/login?error")).count())
                    .as("passwords checked").isLessThanOrEqualTo(5);
            assertThat(locations).allMatch(location -> location.endsWith("/login?error")
                    || location.endsWith("/login?throttled"));
        } finally {
            pool.shutdownNow();
        }

        // the real user, behind the company's proxy at another address
        HttpResponse<String> real = new HttpTestClient(port, Map.of("X-Forwarded-For", "198.51.100.77"))
                .login(username, TestAccounts.PASSWORD);
        assertThat(real.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).doesNotContain("error", "throttled"));
    }

    private int answer(String token, SurveyFixture.Published survey) {
        String body = Map.of("lang", "zh", survey.field(1), "4", survey.field(2), "7", survey.field(3), "9")
                .entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/s/" + token))
                .header("Content-Type", "application/x-www-form-urlencoded"), body).statusCode();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String formBody) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        try {
            return client.send((formBody == null ? request.GET() : request.POST(HttpRequest.BodyPublishers.ofString(formBody)))
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private int responsesOf(Recipient link) {
        return jdbc.queryForObject("select count(*) from response where recipient_id = ?", Integer.class, link.getId());
    }
}
