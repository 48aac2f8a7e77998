package com.satisfaction.web.campaign;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.satisfaction.core.survey.Language;
import com.satisfaction.persistence.mail.MailKind;
import com.satisfaction.persistence.response.RecipientRepository;
import com.satisfaction.web.PostgresApplicationTest;
import com.satisfaction.web.answering.EnteredAnswers;
import com.satisfaction.web.answering.ResponseSubmission;
import com.satisfaction.web.answering.SurveyFixture;
import com.satisfaction.web.mail.Outbox;
import com.satisfaction.web.mail.OutboxWorker;
import com.satisfaction.web.mail.OutgoingMail;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Mail through a real SMTP server (GreenMail) with a clock the test moves: invitations in the contact's language with a
 * working link, retries after a failing server, two workers sending each mail once, reminders only to those who have
 * not answered, never on a quiet day and never after closing.
 */
@PostgresApplicationTest
class CampaignMailTest {

    static final int SMTP_PORT = freePort();
    static final TestClock CLOCK = new TestClock();

    @TestBean
    Clock clock;

    static Clock clock() {
        return CLOCK;
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> 2000);
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> 5000);
        registry.add("satisfaction.public-url", () -> "https://survey.example.com");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    SurveyFixture surveys;

    @Autowired
    CampaignFixture fixture;

    @Autowired
    OutboxWorker worker;

    @Autowired
    Outbox outbox;

    @Autowired
    Reminders reminders;

    @Autowired
    ResponseSubmission submission;

    @Autowired
    RecipientRepository recipients;

    @Autowired
    JdbcTemplate jdbc;

    GreenMail smtp;
    SurveyFixture.Published survey;
    String region;

    @BeforeEach
    void aMailServerASurveyAndARegion() {
        CLOCK.set(LocalDateTime.of(2026, 3, 4, 9, 0));
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        survey = surveys.publishedSurvey();
        region = fixture.region(List.of(
                new CampaignFixture.Company("Key Works " + UUID.randomUUID(), new BigDecimal("3000000"), List.of(
                        new CampaignFixture.Person("Ms Smith", unique("smith"), Language.EN),
                        new CampaignFixture.Person("王经理", unique("wang"), Language.ZH),
                        new CampaignFixture.Person("李先生", null, Language.ZH)))));
    }

    @AfterEach
    void stopTheMailServer() {
        smtp.stop();
    }

    @Test
    void invitations_arrive_in_the_contacts_language_with_a_working_link() throws Exception {
        long campaignId = fixture.campaign(survey.surveyId(), region, LocalDate.of(2026, 3, 20), 3);

        sendAll();

        MimeMessage english = receivedBy(address(campaignId, "Ms Smith")).get(0);
        assertThat(english.getSubject()).isEqualTo("Customer satisfaction survey: Service survey");
        String html = part(english, "text/html");
        String text = part(english, "text/plain");
        assertThat(text).startsWith("Dear Ms Smith,").contains("by 2026-03-20");
        String link = text.lines().filter(line -> line.startsWith("https://survey.example.com/s/")).findFirst().orElseThrow();
        assertThat(html).contains("href=\"" + link + "\"").contains("Start the survey").contains(">" + link + "<");
        MimeMessage chinese = receivedBy(address(campaignId, "王经理")).get(0);
        assertThat(chinese.getSubject()).isEqualTo("客户满意度调查：服务调查");
        assertThat(part(chinese, "text/plain")).startsWith("王经理，您好！");
        assertThat(part(chinese, "text/html")).contains("开始答卷");

        MvcResult opened = mvc.perform(get(link.substring("https://survey.example.com".length()))).andReturn();
        assertThat(opened.getModelAndView().getViewName()).isEqualTo("answer/form");
        assertThat(recipients.figuresOfCampaign(campaignId, false).mailed()).isEqualTo(2);
        assertThat(recipients.figuresOfCampaign(campaignId, false).opened()).isEqualTo(1);
    }

    @Test
    void a_failing_server_leaves_the_mail_for_a_later_run_and_gives_up_after_four_attempts() throws Exception {
        long campaignId = fixture.campaign(survey.surveyId(), region, LocalDate.of(2026, 3, 20), 3);
        String wang = address(campaignId, "王经理");
        smtp.stop();

        sendAll();

        Map<String, Object> mail = jdbc.queryForMap("SELECT status, attempts, last_error, next_attempt_at FROM mail_outbox "
                + "WHERE to_address = ?", wang);
        assertThat(mail.get("status")).isEqualTo("QUEUED");
        assertThat(mail.get("attempts")).isEqualTo(1);
        assertThat(mail.get("last_error")).isNotNull();
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        sendAll();
        assertThat(receivedBy(wang)).as("not before its back-off").isEmpty();

        CLOCK.advance(Duration.ofMinutes(2));
        sendAll();

        assertThat(receivedBy(wang)).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT status FROM mail_outbox WHERE to_address = ?", String.class, wang)).isEqualTo("SENT");

        // the other mail fails four times: 1, 5 and 30 minutes apart, then for good
        String smith = address(campaignId, "Ms Smith");
        jdbc.update("UPDATE mail_outbox SET status = 'QUEUED', attempts = 0, sent_at = NULL WHERE to_address = ?", smith);
        jdbc.update("UPDATE recipient SET sent_at = NULL WHERE campaign_id = ?", campaignId);
        smtp.stop();
        for (Duration wait : List.of(Duration.ZERO, Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30))) {
            CLOCK.advance(wait.plusSeconds(1));
            sendAll();
        }
        assertThat(jdbc.queryForMap("SELECT status, attempts FROM mail_outbox WHERE to_address = ?", smith))
                .containsEntry("status", "FAILED").containsEntry("attempts", 4);
        assertThat(recipients.figuresOfCampaign(campaignId, false).failed()).isEqualTo(1);
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @Test
    void two_workers_racing_over_the_outbox_send_each_mail_exactly_once() throws Exception {
        List<String> addresses = IntStream.range(0, 200).mapToObj(i -> unique("race" + i)).toList();
        outbox.queue(addresses.stream().map(to -> new OutgoingMail(null, MailKind.TEST, to, "Race", "<p>race</p>", "race")).toList());

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(pool.submit(() -> {
                start.await();
                int claimed = 0;
                for (int batch = worker.sendDue(); batch > 0; batch = worker.sendDue()) {
                    claimed += batch;
                }
                return claimed;
            }));
        }
        start.countDown();
        int first = runs.get(0).get();
        int second = runs.get(1).get();
        pool.shutdown();

        Map<String, Long> received = Arrays.stream(smtp.getReceivedMessages()).collect(Collectors.groupingBy(
                CampaignMailTest::firstRecipient, Collectors.counting()));
        addresses.forEach(to -> assertThat(received.get(to)).as(to).isEqualTo(1L));
        assertThat(first).as("both workers sent some").isPositive();
        assertThat(second).as("both workers sent some").isPositive();
    }

    @Test
    void reminders_go_to_those_who_have_not_answered_on_the_next_working_day_and_never_after_closing() throws Exception {
        // Wednesday 4 March, every 3 days: due Saturday 7 March, a quiet day, so Monday 9 March
        long campaignId = fixture.campaign(survey.surveyId(), region, LocalDate.of(2026, 3, 20), 3);
        sendAll();
        String smith = address(campaignId, "Ms Smith");
        String wang = address(campaignId, "王经理");
        String smithToken = jdbc.queryForObject("SELECT token FROM recipient r JOIN contact c ON c.id = r.contact_id "
                + "WHERE r.campaign_id = ? AND c.name = 'Ms Smith'", String.class, campaignId);
        assertThat(submission.submitToLink(smithToken, answers(), Optional.empty())).isInstanceOf(ResponseSubmission.Accepted.class);

        CLOCK.set(LocalDateTime.of(2026, 3, 6, 9, 0));
        reminders.run();
        CLOCK.set(LocalDateTime.of(2026, 3, 7, 9, 0));
        reminders.run();
        CLOCK.set(LocalDateTime.of(2026, 3, 8, 9, 0));
        reminders.run();
        assertThat(reminderTo(campaignId)).as("none before Monday").isEmpty();

        CLOCK.set(LocalDateTime.of(2026, 3, 9, 9, 0));
        reminders.run();
        reminders.run();
        assertThat(reminderTo(campaignId)).as("once, to the one who has not answered").containsExactly(wang);
        sendAll();
        MimeMessage reminder = receivedBy(wang).get(1);
        assertThat(reminder.getSubject()).isEqualTo("提醒：客户满意度调查：服务调查");
        assertThat(receivedBy(smith)).hasSize(1);

        CLOCK.set(LocalDateTime.of(2026, 3, 21, 9, 0));
        reminders.run();
        assertThat(reminderTo(campaignId)).as("none after closing").hasSize(1);
        assertThat(jdbc.queryForObject("SELECT status FROM campaign WHERE id = ?", String.class, campaignId)).isEqualTo("CLOSED");
    }

    @Test
    void a_reminder_due_on_a_holiday_waits_for_the_next_working_day() throws Exception {
        // Tuesday 28 April, every 3 days: due Friday 1 May, Labour Day (1–5 May), so Wednesday 6 May
        CLOCK.set(LocalDateTime.of(2026, 4, 28, 9, 0));
        long campaignId = fixture.campaign(survey.surveyId(), region, LocalDate.of(2026, 5, 30), 3);
        sendAll();

        CLOCK.set(LocalDateTime.of(2026, 5, 1, 9, 0));
        reminders.run();
        CLOCK.set(LocalDateTime.of(2026, 5, 4, 9, 0));
        reminders.run();
        assertThat(reminderTo(campaignId)).isEmpty();

        CLOCK.set(LocalDateTime.of(2026, 5, 6, 9, 0));
        reminders.run();
        assertThat(reminderTo(campaignId)).hasSize(2);
    }

    private List<String> reminderTo(long campaignId) {
        return jdbc.queryForList("SELECT m.to_address FROM mail_outbox m JOIN recipient r ON r.id = m.recipient_id "
                + "WHERE r.campaign_id = ? AND m.kind = 'REMINDER' ORDER BY m.id", String.class, campaignId);
    }

    private void sendAll() {
        while (worker.sendDue() > 0) {
            // until nothing is due
        }
    }

    private String address(long campaignId, String contact) {
        return jdbc.queryForObject("SELECT c.email FROM recipient r JOIN contact c ON c.id = r.contact_id "
                + "WHERE r.campaign_id = ? AND c.name = ?", String.class, campaignId, contact);
    }

    private List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> address.equals(firstRecipient(m))).toList();
    }

    private static String firstRecipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of the first part of {@code type} in a multipart/alternative (possibly nested) message. */
    private static String part(MimeMessage message, String type) throws Exception {
        return find(message.getContent(), type).orElseThrow(() -> new AssertionError("no " + type + " part"));
    }

    private static Optional<String> find(Object content, String type) throws Exception {
        if (content instanceof MimeMultipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var bodyPart = multipart.getBodyPart(i);
                if (bodyPart.isMimeType(type)) {
                    return Optional.of(bodyPart.getContent().toString());
                }
                Optional<String> nested = find(bodyPart.getContent(), type);
                if (nested.isPresent()) {
                    return nested;
                }
            }
        }
        return Optional.empty();
    }

    private EnteredAnswers answers() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addParameter(survey.field(1), "4");
        request.addParameter(survey.field(2), "9");
        request.addParameter(survey.field(3), "10");
        return EnteredAnswers.of(request);
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
