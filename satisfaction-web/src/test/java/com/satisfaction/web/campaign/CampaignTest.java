package com.satisfaction.web.campaign;

import com.satisfaction.core.survey.Language;
import com.satisfaction.persistence.user.Role;
import com.satisfaction.web.PageClient;
import com.satisfaction.web.PostgresApplicationTest;
import com.satisfaction.web.TestAccounts;
import com.satisfaction.web.answering.EnteredAnswers;
import com.satisfaction.web.answering.ResponseSubmission;
import com.satisfaction.web.answering.SurveyFixture;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A quality manager runs a campaign without a mail server: creates it from the form, finds the invitations with their
 * links in the outbox page, watches the figures move as customers answer, and closes it. On PostgreSQL.
 */
@PostgresApplicationTest
class CampaignTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    SurveyFixture surveys;

    @Autowired
    CampaignFixture fixture;

    @Autowired
    ResponseSubmission submission;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CampaignSetup setup;

    SurveyFixture.Published survey;
    PageClient manager;
    PageClient executive;
    String region;

    @BeforeEach
    void aSurveyAndARegion() {
        survey = surveys.publishedSurvey();
        manager = new PageClient(mvc, as(Role.QUALITY_MANAGER), "en");
        executive = new PageClient(mvc, as(Role.EXECUTIVE), "en");
        region = fixture.region(List.of(
                new CampaignFixture.Company("Key Works", new BigDecimal("3000000"), List.of(
                        new CampaignFixture.Person("Ms Smith", "smith@key.example", Language.EN),
                        new CampaignFixture.Person("王经理", "wang@key.example", Language.ZH))),
                new CampaignFixture.Company("Small Shop", new BigDecimal("1000"), List.of(
                        new CampaignFixture.Person("李先生", null, Language.ZH)))));
    }

    @Test
    void a_manager_creates_a_campaign_and_the_invitations_wait_in_the_outbox_with_working_links() throws Exception {
        Document form = manager.open("/campaigns/new");
        assertThat(form.selectFirst("textarea[name=invitationEn]").text()).contains("{contact}", "{link}", "{deadline}");
        assertThat(form.selectFirst("input[name=target]").val()).isEqualTo("70");

        MvcResult created = manager.submit(filled(form, "Spring " + region));
        assertThat(created.getResponse().getRedirectedUrl()).as(created.getResponse().getContentAsString()).isNotNull();
        Document page = manager.follow(created);

        assertThat(page.select(".flash").text()).isEqualTo("Campaign created; its invitations are in the outbox.");
        assertThat(page.selectFirst("#invited").text()).isEqualTo("3");
        // no mail server: the outbox is how the manager delivers, so the two mails and the handed-over link count
        assertThat(page.selectFirst("#sent").text()).as("invitations delivered through the outbox or by hand")
                .isEqualTo("3");
        assertThat(page.selectFirst("#answered").text()).isEqualTo("0");
        assertThat(page.selectFirst("#rate").text()).isEqualTo("0.0 %");
        assertThat(page.selectFirst("#key-accounts").text()).isEqualTo("0 of 1");
        assertThat(page.select("#recipient-table tbody tr")).hasSize(3);
        assertThat(page.select("#recipient-table button.copy")).hasSize(3);
        assertThat(page.select("#recipient-table").text()).contains("No e-mail: hand the link over");
        assertThat(page.select("script[src*=copy-link]")).hasSize(1);

        Document outbox = manager.open("/mail/outbox");
        Element english = outbox.select("article.outbox-mail").stream()
                .filter(mail -> mail.text().contains("smith@key.example")).findFirst().orElseThrow();
        assertThat(english.selectFirst("h2").text()).isEqualTo("Customer satisfaction survey: Service survey");
        String text = english.selectFirst("pre").text();
        assertThat(text).startsWith("Dear Ms Smith,").contains("Key Works");
        Element chinese = outbox.select("article.outbox-mail").stream()
                .filter(mail -> mail.text().contains("wang@key.example")).findFirst().orElseThrow();
        assertThat(chinese.selectFirst("h2").text()).isEqualTo("客户满意度调查：服务调查");
        assertThat(chinese.selectFirst("pre").text()).startsWith("王经理，您好！");
        assertThat(outbox.text()).contains("No mail server is configured");

        String link = text.lines().filter(line -> line.contains("/s/")).findFirst().orElseThrow().strip();
        String path = link.substring(link.indexOf("/s/"));
        MvcResult opened = mvc.perform(get(path)).andReturn();
        assertThat(opened.getResponse().getStatus()).isEqualTo(200);
        assertThat(opened.getModelAndView().getViewName()).isEqualTo("answer/form");
        assertThat(opened.getResponse().getContentAsString()).contains("Product quality");
    }

    @Test
    void figures_and_response_rate_move_after_a_response_and_closing_closes_the_links() throws Exception {
        long campaignId = fixture.campaign(survey.surveyId(), region, LocalDate.now().plusDays(20), 7);
        String token = jdbc.queryForObject("SELECT r.token FROM recipient r JOIN contact c ON c.id = r.contact_id "
                + "WHERE r.campaign_id = ? AND c.name = 'Ms Smith'", String.class, campaignId);
        assertThat(mvc.perform(get("/s/" + token)).andReturn().getResponse().getStatus()).isEqualTo(200);

        var outcome = submission.submitToLink(token, answers(), Optional.empty());

        assertThat(outcome).isInstanceOf(ResponseSubmission.Accepted.class);
        Map<String, Object> stored = jdbc.queryForMap("SELECT r.campaign_id, r.customer_id, r.period FROM response r "
                + "JOIN recipient rc ON rc.id = r.recipient_id WHERE rc.token = ?", token);
        assertThat(stored.get("campaign_id")).isEqualTo(campaignId);
        assertThat(stored.get("customer_id")).isNotNull();
        assertThat(stored.get("period")).isEqualTo("2026-H1");

        Document page = manager.open("/campaigns/" + campaignId);
        assertThat(page.selectFirst("#opened").text()).isEqualTo("1");
        assertThat(page.selectFirst("#answered").text()).isEqualTo("1");
        // answered 1 of the 3 delivered (two mails through the outbox, one link handed over)
        assertThat(page.selectFirst("#rate").text()).isEqualTo("33.3 %");
        assertThat(page.selectFirst("#key-accounts").text()).isEqualTo("1 of 1");
        assertThat(page.selectFirst("#value-share").text()).isEqualTo("100.0 %");
        assertThat(manager.open("/campaigns/" + campaignId + "?filter=notAnswered").select("#recipient-table tbody tr")).hasSize(2);

        Document closed = manager.follow(manager.submit(page.selectFirst("form[action$=/close]")));

        assertThat(closed.selectFirst("#campaign-status").text()).isEqualTo("Closed");
        assertThat(closed.select("#recipient-table").text()).contains("Closed").doesNotContain("/s/");
        String other = jdbc.queryForObject("SELECT r.token FROM recipient r JOIN contact c ON c.id = r.contact_id "
                + "WHERE r.campaign_id = ? AND c.name = '王经理'", String.class, campaignId);
        MvcResult link = mvc.perform(get("/s/" + other)).andReturn();
        assertThat(link.getModelAndView().getViewName()).isEqualTo("answer/closed");
    }

    @Test
    void test_links_never_count_in_campaign_figures() throws Exception {
        long campaignId = fixture.campaign(survey.surveyId(), region, LocalDate.now().plusDays(20), null);
        var testLink = surveys.linkTo(survey.surveyId(), Language.EN);
        submission.submitToLink(testLink.getToken(), answers(), Optional.empty());

        Document page = manager.open("/campaigns/" + campaignId);

        assertThat(page.selectFirst("#answered").text()).isEqualTo("0");
        assertThat(jdbc.queryForObject("SELECT r.campaign_id FROM response r JOIN recipient rc ON rc.id = r.recipient_id "
                + "WHERE rc.token = ?", Long.class, testLink.getToken())).isNull();
    }

    @Test
    void an_executive_reads_the_campaign_but_sees_no_link_anywhere() throws Exception {
        long campaignId = fixture.campaign(survey.surveyId(), region, LocalDate.now().plusDays(20), 7);
        List<String> tokens = jdbc.queryForList("SELECT token FROM recipient WHERE campaign_id = ?", String.class, campaignId);

        String page = executive.open("/campaigns/" + campaignId).outerHtml();
        String list = executive.open("/campaigns").outerHtml();

        assertThat(page).contains("Ms Smith").doesNotContain("/s/").doesNotContain("copy-link").doesNotContain("Remind now");
        tokens.forEach(token -> assertThat(page + list).doesNotContain(token));
        assertThat(mvc.perform(get("/mail/outbox").with(as(Role.EXECUTIVE))).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void a_manager_reminds_now_only_those_who_have_not_answered() throws Exception {
        long campaignId = fixture.campaign(survey.surveyId(), region, LocalDate.now().plusDays(20), 7);
        String smith = jdbc.queryForObject("SELECT r.token FROM recipient r JOIN contact c ON c.id = r.contact_id "
                + "WHERE r.campaign_id = ? AND c.name = 'Ms Smith'", String.class, campaignId);
        submission.submitToLink(smith, answers(), Optional.empty());
        jdbc.update("UPDATE mail_outbox SET status = 'SENT' WHERE recipient_id IN (SELECT id FROM recipient WHERE campaign_id = ?)", campaignId);

        Document page = manager.follow(manager.submit(manager.open("/campaigns/" + campaignId).selectFirst("form[action$=/remind]")));

        assertThat(page.select(".flash").text()).isEqualTo("Reminders are in the outbox.");
        assertThat(jdbc.queryForList("SELECT to_address FROM mail_outbox m JOIN recipient r ON r.id = m.recipient_id "
                + "WHERE r.campaign_id = ? AND m.kind = 'REMINDER'", String.class, campaignId)).containsExactly("wang@key.example");
    }

    @Test
    void the_same_form_posted_again_or_four_times_at_once_makes_one_campaign_and_invites_each_contact_once()
            throws Exception {
        Element form = filled(manager.open("/campaigns/new"), "Twice " + region);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<String> redirects = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<MvcResult>> posts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                posts.add(pool.submit(() -> {
                    start.await();
                    return manager.submit(form);
                }));
            }
            start.countDown();
            for (Future<MvcResult> post : posts) {
                redirects.add(post.get().getResponse().getRedirectedUrl());
            }
        } finally {
            pool.shutdownNow();
        }
        redirects.add(manager.submit(form).getResponse().getRedirectedUrl());

        assertThat(redirects).doesNotContainNull().containsOnly(redirects.get(0));
        long campaignId = Long.parseLong(redirects.get(0).substring(redirects.get(0).lastIndexOf('/') + 1));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM campaign WHERE name = ?", Integer.class, "Twice " + region))
                .isOne();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM mail_outbox m JOIN recipient r ON r.id = m.recipient_id "
                + "WHERE r.campaign_id = ?", Integer.class, campaignId)).isEqualTo(2);
    }

    @Test
    void eight_concurrent_reminds_now_queue_one_reminder_per_recipient() throws Exception {
        long campaignId = fixture.campaign(survey.surveyId(), region, LocalDate.now().plusDays(20), 7);
        jdbc.update("UPDATE mail_outbox SET status = 'SENT' WHERE recipient_id IN (SELECT id FROM recipient WHERE campaign_id = ?)", campaignId);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> queued = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                queued.add(pool.submit(() -> {
                    start.await();
                    return setup.remindNow(campaignId);
                }));
            }
            start.countDown();
            for (Future<Integer> each : queued) {
                each.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(jdbc.queryForList("SELECT m.recipient_id FROM mail_outbox m JOIN recipient r ON r.id = m.recipient_id "
                + "WHERE r.campaign_id = ? AND m.kind = 'REMINDER'", Long.class, campaignId)).doesNotHaveDuplicates().isNotEmpty();
    }

    @Test
    void a_thousand_invitations_are_queued_in_bulk_without_a_mail_server() {
        String bulk = fixture.bulkRegion(1000);
        long started = System.nanoTime();

        long campaignId = fixture.campaign(survey.surveyId(), bulk, LocalDate.now().plusDays(20), 7);

        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(jdbc.queryForObject("SELECT count(*) FROM mail_outbox m JOIN recipient r ON r.id = m.recipient_id "
                + "WHERE r.campaign_id = ? AND m.status = 'QUEUED' AND m.attempts = 0", Long.class, campaignId)).isEqualTo(1000);
        assertThat(millis).as("queuing 1,000 invitations took %d ms", millis).isLessThan(5000);
        // leave nothing for the mail tests' worker to send
        jdbc.update("DELETE FROM mail_outbox WHERE recipient_id IN (SELECT id FROM recipient WHERE campaign_id = ?)", campaignId);
    }

    @Test
    void the_form_shows_what_is_wrong_and_creates_nothing() throws Exception {
        Document form = manager.open("/campaigns/new");
        form.selectFirst("input[name=period]").val("2026-H3");
        form.selectFirst("input[name=target]").val("abc");
        form.selectFirst("input[name=closesOn]").val("2020-01-01");
        form.selectFirst("textarea[name=invitationZh]").text("");
        long before = jdbc.queryForObject("SELECT count(*) FROM campaign", Long.class);

        MvcResult result = manager.submit(form.selectFirst("form[action$=/campaigns/new]"));

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document page = org.jsoup.Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.select(".field-error").eachText()).containsExactlyInAnyOrder("请选择问卷。", "请填写名称。",
                "期间格式为 2026-H1 或 2026-H2。", "截止日期必须晚于今天。", "目标为 0 到 100，最多一位小数。", "请填写邮件内容。");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM campaign", Long.class)).isEqualTo(before);
    }

    private Element filled(Document form, String name) {
        Element element = form.selectFirst("form[action$=/campaigns/new]");
        element.select("option").forEach(option -> option.removeAttr("selected"));
        element.selectFirst("select[name=surveyId] option[value=" + survey.surveyId() + "]").attr("selected", "selected");
        element.selectFirst("input[name=name]").val(name);
        element.selectFirst("input[name=closesOn]").val(LocalDate.now().plusDays(14).toString());
        element.select("input[name=selection]").forEach(radio -> radio.removeAttr("checked"));
        element.selectFirst("input[name=selection][value=FILTER]").attr("checked", "checked");
        element.selectFirst("select[name=region] option[value=" + region + "]").attr("selected", "selected");
        return element;
    }

    private EnteredAnswers answers() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addParameter(survey.field(1), "4");
        request.addParameter(survey.field(2), "9");
        request.addParameter(survey.field(3), "10");
        return EnteredAnswers.of(request);
    }

    private RequestPostProcessor as(Role role) {
        return user(accounts.create(role).getUsername()).roles(role.name());
    }
}
