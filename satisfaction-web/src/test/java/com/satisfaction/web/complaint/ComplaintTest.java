package com.satisfaction.web.complaint;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.satisfaction.core.survey.Language;
import com.satisfaction.persistence.user.Role;
import com.satisfaction.persistence.user.UserAccount;
import com.satisfaction.web.PageClient;
import com.satisfaction.web.PostgresApplicationTest;
import com.satisfaction.web.answering.SurveyFixture;
import com.satisfaction.web.mail.OutboxWorker;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Complaint handling as a quality manager does it, on PostgreSQL, with a clock the test moves and a real SMTP server
 * (GreenMail): recording, every step of the lifecycle and the refused ones with their messages, the history rows and
 * the V1 time stamps the statistics read, response and resolution times against targets, overdue complaints on the
 * list and the owner's home page, hand-over with its mail, the daily reminder, editing, deleting, complaints from a
 * survey answer, and the list's filters and pages.
 */
@PostgresApplicationTest
class ComplaintTest {

    static final int SMTP_PORT = freePort();
    static final MovableClock CLOCK = new MovableClock();
    private static final Pattern COMPLAINT_PAGE = Pattern.compile(".*/complaints/(\\d+)");

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
        registry.add("satisfaction.public-url", () -> "https://cs.example.com");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ComplaintFixture fixture;

    @Autowired
    SurveyFixture surveys;

    @Autowired
    OutboxWorker worker;

    @Autowired
    OverdueReminders reminders;

    @Autowired
    JdbcTemplate jdbc;

    GreenMail smtp;
    UserAccount manager;
    RequestPostProcessor asManager;
    PageClient page;
    ComplaintFixture.Company company;

    @BeforeEach
    void aManagerACustomerAndAMailServer() {
        CLOCK.set(LocalDateTime.of(2026, 3, 2, 9, 0));
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        manager = fixture.user(Role.QUALITY_MANAGER, null, Language.ZH);
        asManager = user(manager.getUsername()).roles("QUALITY_MANAGER");
        page = new PageClient(mvc, asManager, "zh");
        company = fixture.customer();
    }

    @AfterEach
    void stopTheMailServer() {
        smtp.stop();
    }

    // ------------------------------------------------------------------ recording

    @Test
    void a_manager_records_a_complaint_and_owns_it_as_its_first_responder() throws Exception {
        Document form = page.open("/complaints/new");
        choose(form, "customerId", Long.toString(company.id()));
        choose(form, "contactId", company.contacts().get(0).toString());
        choose(form, "channel", "PHONE");
        choose(form, "category", "QUALITY");
        choose(form, "severity", "HIGH");
        form.selectFirst("#description").text("批次 A12 表面划伤");
        assertThat(form.selectFirst("#receivedAt").val()).isEqualTo("2026-03-02T09:00");

        MvcResult saved = page.submit(form.selectFirst("form.complaint-form"));
        Document shown = page.follow(saved);

        assertThat(shown.selectFirst(".flash").text()).isEqualTo("投诉已登记，您是首问负责人。");
        assertThat(shown.selectFirst("#status").text()).isEqualTo("已接收");
        assertThat(shown.selectFirst(".complaint-facts").text()).contains(company.name(), "王经理", "电话", "质量", "严重",
                "2026-03-02 09:00", "批次 A12 表面划伤");
        assertThat(shown.selectFirst("#owner").text()).isEqualTo(manager.getDisplayName());
        assertThat(history(shown)).containsExactly("登记投诉，首问负责人：" + manager.getDisplayName());
        long id = idOf(saved);
        assertThat(jdbc.queryForMap("SELECT first_responder_id, owner_id, status, channel FROM complaint WHERE id = ?", id))
                .containsEntry("first_responder_id", manager.getId()).containsEntry("owner_id", manager.getId())
                .containsEntry("status", "RECEIVED").containsEntry("channel", "PHONE");
    }

    @Test
    void a_form_with_missing_or_wrong_fields_comes_back_with_its_messages_and_stores_nothing() throws Exception {
        long before = count();
        Document missing = postForm(Map.of("customerId", "", "channel", "", "category", "", "severity", "",
                "description", " ", "receivedAt", ""));
        assertThat(errors(missing)).containsExactlyInAnyOrder("请选择客户。", "请选择投诉渠道。", "请选择投诉类别。",
                "请选择严重程度。", "请填写投诉内容。", "请填写接收时间。");

        Document future = postForm(valid(Map.of("receivedAt", "2026-03-02T09:01")));
        assertThat(errors(future)).containsExactly("接收时间不能晚于现在。");

        ComplaintFixture.Company other = fixture.customer();
        Document foreignContact = postForm(valid(Map.of("contactId", other.contacts().get(0).toString())));
        assertThat(errors(foreignContact)).containsExactly("所选联系人不属于该客户。");

        Document wrongTypes = postForm(valid(Map.of("customerId", "abc", "severity", "HUGE", "receivedAt", "2026-02-30T09:00")));
        assertThat(errors(wrongTypes)).contains("请选择客户。", "请选择严重程度。");

        Document badDate = postForm(valid(Map.of("receivedAt", "2026-02-30T09:00")));
        assertThat(errors(badDate)).containsExactly("请填写有效的日期和时间（2000 年以后）。");

        assertThat(count()).isEqualTo(before);
    }

    // ------------------------------------------------------------------ the lifecycle

    @Test
    void a_complaint_walks_to_closed_with_every_refused_step_explained_and_every_change_in_its_history() throws Exception {
        long id = record("HIGH", "2026-03-02T09:00");

        CLOCK.set(LocalDateTime.of(2026, 3, 2, 14, 30));
        assertThat(flash(step(id, "ACKNOWLEDGE", Map.of("note", "已电话回复客户")))).isEqualTo("已确认收到投诉。");
        CLOCK.advance(Duration.ofHours(1));
        assertThat(flash(step(id, "INVESTIGATE", Map.of()))).isEqualTo("投诉已进入调查。");

        CLOCK.set(LocalDateTime.of(2026, 3, 4, 10, 0));
        assertThat(refusal(step(id, "RESOLVE", Map.of("correctiveAction", "更换模具")))).isEqualTo("解决前请填写根本原因。");
        assertThat(refusal(step(id, "RESOLVE", Map.of("rootCause", "模具磨损")))).isEqualTo("解决前请填写纠正措施。");
        Document kept = step(id, "RESOLVE", Map.of("rootCause", "模具磨损"));
        assertThat(kept.selectFirst("#step-RESOLVE textarea[name=rootCause]").text()).isEqualTo("模具磨损");
        assertThat(flash(step(id, "RESOLVE", Map.of("rootCause", "模具磨损", "correctiveAction", "更换模具，每 5000 件检查"))))
                .isEqualTo("投诉已解决。");
        Timestamp firstResolved = jdbc.queryForObject("SELECT resolved_at FROM complaint WHERE id = ?", Timestamp.class, id);
        assertThat(firstResolved.toInstant()).isEqualTo(CLOCK.instant());

        CLOCK.advance(Duration.ofDays(1));
        assertThat(refusal(step(id, "FOLLOW_UP", Map.of()))).isEqualTo("请选择客户对处理的满意度（1–5 分）。");
        assertThat(flash(step(id, "FOLLOW_UP", Map.of("handlingSatisfaction", "2")))).isEqualTo("回访已记录。");
        assertThat(refusal(step(id, "REOPEN", Map.of()))).isEqualTo("请写明客户不满意的原因。");
        assertThat(flash(step(id, "REOPEN", Map.of("note", "客户又发现划伤")))).isEqualTo("投诉已退回调查。");
        assertThat(jdbc.queryForObject("SELECT resolved_at FROM complaint WHERE id = ?", Timestamp.class, id))
                .as("a reopened complaint is no longer resolved").isNull();

        CLOCK.advance(Duration.ofDays(2));
        step(id, "RESOLVE", Map.of("rootCause", "模具磨损，来料硬度不足", "correctiveAction", "更换模具；来料检验硬度"));
        step(id, "FOLLOW_UP", Map.of("handlingSatisfaction", "5"));
        assertThat(refusal(step(id, "CLOSE", Map.of("evidence", "连续 3 批无划伤")))).isEqualTo("关闭前请选择效果验证结果。");
        assertThat(refusal(step(id, "CLOSE", Map.of("effectiveness", "EFFECTIVE")))).isEqualTo("关闭前请写明效果验证的依据。");
        Document closed = step(id, "CLOSE", Map.of("effectiveness", "EFFECTIVE", "evidence", "连续 3 批无划伤"));

        assertThat(flash(closed)).isEqualTo("投诉已关闭。");
        assertThat(closed.selectFirst("#status").text()).isEqualTo("已关闭");
        assertThat(closed.select("form.step-form")).as("a closed complaint offers no step").isEmpty();
        assertThat(closed.selectFirst("#handover")).isNull();
        assertThat(closed.selectFirst(".complaint-resolution").text()).contains("模具磨损，来料硬度不足", "更换模具；来料检验硬度",
                "5 分（满分 5 分）", "有效", "连续 3 批无划伤");
        assertThat(history(closed)).containsExactly(
                "登记投诉，首问负责人：" + manager.getDisplayName(),
                "状态：已接收 → 已确认 | 已电话回复客户",
                "状态：已确认 → 调查中",
                "状态：调查中 → 已解决",
                "状态：已解决 → 已回访",
                "状态：已回访 → 调查中 | 客户又发现划伤",
                "状态：调查中 → 已解决",
                "状态：已解决 → 已回访",
                "状态：已回访 → 已关闭");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM complaint_event WHERE complaint_id = ? AND actor_id = ?",
                Long.class, id, manager.getId())).isEqualTo(9);

        // the V1 columns keep the meaning the monthly statistics read
        Map<String, Object> row = jdbc.queryForMap("SELECT status, acknowledged_at, resolved_at, closed_at, "
                + "handling_satisfaction, effectiveness, effectiveness_evidence FROM complaint WHERE id = ?", id);
        assertThat(((Timestamp) row.get("acknowledged_at")).toInstant())
                .isEqualTo(LocalDateTime.of(2026, 3, 2, 14, 30).atZone(MovableClock.SHANGHAI).toInstant());
        assertThat(((Timestamp) row.get("resolved_at")).toInstant()).isAfter(firstResolved.toInstant());
        assertThat(((Timestamp) row.get("closed_at")).toInstant()).isEqualTo(CLOCK.instant());
        assertThat(row).containsEntry("status", "CLOSED").containsEntry("handling_satisfaction", 5)
                .containsEntry("effectiveness", "EFFECTIVE").containsEntry("effectiveness_evidence", "连续 3 批无划伤");

        // the audit trail keeps what the later steps overwrote: the first root cause, the unsatisfied follow-up
        List<String> trail = closed.select(".audit-trail .changes li").eachText();
        assertThat(trail).contains("根本原因: 模具磨损 → 模具磨损，来料硬度不足", "客户对处理的满意度: 2 → 5",
                "状态: 已回访 → 已关闭", "效果验证: （空） → 有效");
        assertThat(closed.select(".audit-trail tbody tr td:eq(1)").eachText()).containsOnly(manager.getUsername());

        // nothing changes a closed complaint
        assertThat(refusal(stepPost(id, "REOPEN", Map.of("note", "again")))).isEqualTo("投诉已关闭，不能再修改。");
    }

    @Test
    void a_step_no_longer_offered_or_taken_on_an_old_page_is_refused_with_its_reason() throws Exception {
        long id = record("MEDIUM", "2026-03-02T08:00");
        Document oldPage = page.open("/complaints/" + id);
        step(id, "ACKNOWLEDGE", Map.of());

        MvcResult again = page.submit(oldPage.selectFirst("#step-ACKNOWLEDGE"));
        assertThat(refusal(Jsoup.parse(again.getResponse().getContentAsString())))
                .isEqualTo("投诉在您打开页面后已被他人修改，未保存任何内容。请查看最新内容后再操作。");
        assertThat(refusal(stepPost(id, "CLOSE", Map.of("effectiveness", "EFFECTIVE", "evidence", "x"))))
                .isEqualTo("此步骤不适用于投诉的当前状态（可能已有人处理过），请查看最新状态。");
        assertThat(refusal(stepPost(id, "BOGUS", Map.of())))
                .isEqualTo("此步骤不适用于投诉的当前状态（可能已有人处理过），请查看最新状态。");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM complaint_event WHERE complaint_id = ?", Long.class, id))
                .isEqualTo(2);
    }

    @Test
    void response_and_resolution_times_are_shown_against_the_severitys_targets() throws Exception {
        long id = record("HIGH", "2026-03-02T09:00");
        Document waiting = page.open("/complaints/" + id);
        assertThat(waiting.selectFirst("#response-time").text()).isEqualTo("尚未完成 目标 1 天");
        assertThat(waiting.selectFirst(".complaint-times").text()).contains("确认期限 2026-03-03 09:00",
                "解决期限 2026-03-09 09:00", "是否逾期 否");

        CLOCK.set(LocalDateTime.of(2026, 3, 2, 14, 30));
        step(id, "ACKNOWLEDGE", Map.of());
        step(id, "INVESTIGATE", Map.of());
        CLOCK.set(LocalDateTime.of(2026, 3, 10, 11, 0));
        Document resolved = step(id, "RESOLVE", Map.of("rootCause", "原因", "correctiveAction", "措施"));

        assertThat(resolved.selectFirst("#response-time").text()).isEqualTo("5 小时 30 分 目标 1 天 达标");
        assertThat(resolved.selectFirst("#resolution-time").text()).isEqualTo("8 天 2 小时 目标 7 天 超时");
    }

    // ------------------------------------------------------------------ overdue

    @Test
    void a_complaint_past_its_deadline_is_marked_overdue_on_the_list_and_on_its_owners_home_page() throws Exception {
        long id = record("HIGH", "2026-03-02T09:00");
        String listOfCustomer = "/complaints?customer=" + company.id();

        CLOCK.set(LocalDateTime.of(2026, 3, 3, 9, 0));
        assertThat(page.open(listOfCustomer).selectFirst("tr.overdue")).isNull();
        assertThat(page.open("/").selectFirst(".my-overdue-complaints").text()).contains("您负责的投诉都没有逾期。");

        CLOCK.set(LocalDateTime.of(2026, 3, 3, 9, 1));
        Element row = page.open(listOfCustomer).selectFirst("tr.overdue");
        assertThat(row).isNotNull();
        assertThat(row.text()).contains("#" + id, "逾期");
        assertThat(page.open(listOfCustomer + "&overdue=true").select("tbody tr")).hasSize(1);
        assertThat(page.open("/complaints/" + id).selectFirst("#overdue").text()).isEqualTo("逾期");
        Element home = page.open("/").selectFirst(".my-overdue-complaints");
        assertThat(home.select("a[href=/complaints/" + id + "]")).hasSize(1);
        assertThat(home.text()).contains(company.name(), "严重");

        step(id, "ACKNOWLEDGE", Map.of());
        assertThat(page.open(listOfCustomer).selectFirst("tr.overdue")).as("acknowledged in time for resolving").isNull();
        CLOCK.set(LocalDateTime.of(2026, 3, 9, 9, 1));
        assertThat(page.open(listOfCustomer + "&overdue=true").select("tbody tr")).hasSize(1);
    }

    @Test
    void the_owner_of_an_overdue_complaint_is_reminded_by_mail_once_a_day_even_when_two_runs_race() throws Exception {
        UserAccount owner = fixture.user(Role.QUALITY_MANAGER, unique("owner"), Language.EN);
        PageClient ownerPage = new PageClient(mvc, user(owner.getUsername()).roles("QUALITY_MANAGER"), "zh");
        long id = record(ownerPage, "CRITICAL", "2026-03-02T09:00");

        CLOCK.set(LocalDateTime.of(2026, 3, 2, 13, 1));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = pool.invokeAll(List.<Callable<Integer>>of(reminders::remindOverdue, reminders::remindOverdue));
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        reminders.remindOverdue();
        CLOCK.advance(Duration.ofHours(8));
        reminders.remindOverdue();
        assertThat(remindersOf(id)).as("one reminder on 2 March").isEqualTo(1);

        CLOCK.set(LocalDateTime.of(2026, 3, 3, 8, 0));
        reminders.remindOverdue();
        reminders.remindOverdue();
        assertThat(remindersOf(id)).as("and one on 3 March").isEqualTo(2);
        sendAll();

        MimeMessage[] received = received(owner.getEmail());
        assertThat(received).hasSize(2);
        assertThat(received[0].getSubject()).isEqualTo("Complaint overdue: " + company.name() + " (Quality)");
        assertThat(plainText(received[0])).contains("Dear " + owner.getDisplayName(),
                "is past its deadline of 2026-03-02 13:00", "https://cs.example.com/complaints/" + id);

        step(ownerPage, id, "ACKNOWLEDGE", Map.of());
        CLOCK.set(LocalDateTime.of(2026, 3, 4, 8, 0));
        reminders.remindOverdue();
        assertThat(remindersOf(id)).as("acknowledged, and not past its resolution deadline yet").isEqualTo(2);
    }

    // ------------------------------------------------------------------ hand-over

    @Test
    void a_complaint_handed_over_belongs_to_its_new_owner_who_is_told_by_mail_in_their_language() throws Exception {
        UserAccount colleague = fixture.user(Role.QUALITY_MANAGER, unique("colleague"), Language.EN);
        long id = record("HIGH", "2026-03-02T09:00");
        step(id, "ACKNOWLEDGE", Map.of());

        Document shown = handOver(id, colleague.getId().toString(), "供应商质量由他负责");

        assertThat(flash(shown)).isEqualTo("投诉已转交，已通过邮件通知新负责人。");
        assertThat(shown.selectFirst("#owner").text()).isEqualTo(colleague.getDisplayName());
        assertThat(history(shown)).last().isEqualTo("负责人：" + manager.getDisplayName() + " → "
                + colleague.getDisplayName() + " | 供应商质量由他负责");
        assertThat(jdbc.queryForObject("SELECT owner_id FROM complaint WHERE id = ?", Long.class, id)).isEqualTo(colleague.getId());
        assertThat(jdbc.queryForObject("SELECT first_responder_id FROM complaint WHERE id = ?", Long.class, id))
                .isEqualTo(manager.getId());

        sendAll();
        MimeMessage[] mails = received(colleague.getEmail());
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getSubject()).isEqualTo("A complaint handed over to you: " + company.name() + " (Quality)");
        assertThat(plainText(mails[0])).contains("Dear " + colleague.getDisplayName(),
                manager.getDisplayName() + " has handed over to you", "Reason: 供应商质量由他负责",
                "https://cs.example.com/complaints/" + id);
    }

    @Test
    void a_hand_over_needs_another_handler_and_a_reason() throws Exception {
        UserAccount executive = fixture.user(Role.EXECUTIVE, unique("exec"), Language.ZH);
        UserAccount withoutMail = fixture.user(Role.ADMIN, null, Language.ZH);
        long id = record("LOW", "2026-03-02T09:00");

        assertThat(handOverRefusal(id, "", "原因")).isEqualTo("请选择新负责人。");
        assertThat(handOverRefusal(id, manager.getId().toString(), "原因")).isEqualTo("新负责人就是当前负责人。");
        assertThat(handOverRefusal(id, executive.getId().toString(), "原因")).isEqualTo("只能转交给有效的品质经理或管理员。");
        assertThat(handOverRefusal(id, withoutMail.getId().toString(), " ")).isEqualTo("请写明转交原因。");
        assertThat(page.open("/complaints/" + id).select("#newOwnerId option[value=" + executive.getId() + "]")).isEmpty();

        assertThat(flash(handOver(id, withoutMail.getId().toString(), "休假交接")))
                .isEqualTo("投诉已转交。新负责人的账户没有邮件地址，请另行通知。");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM complaint_event WHERE complaint_id = ? AND kind = 'HANDOVER'",
                Long.class, id)).isEqualTo(1);
    }

    // ------------------------------------------------------------------ edit and delete

    @Test
    void editing_a_complaint_notes_the_fields_changed_and_keeps_the_time_received_once_handling_started() throws Exception {
        long id = record("LOW", "2026-03-02T08:00");
        Document form = page.open("/complaints/" + id + "/edit");
        choose(form, "severity", "CRITICAL");
        form.selectFirst("#description").text("批次 A12 表面划伤，另有毛刺");
        Document edited = page.follow(page.submit(form.selectFirst("form.complaint-form")));

        assertThat(flash(edited)).isEqualTo("投诉已修改。");
        assertThat(edited.selectFirst(".complaint-facts").text()).contains("紧急", "另有毛刺");
        assertThat(history(edited)).last().isEqualTo("修改了： 严重程度 描述");
        assertThat(edited.select(".audit-trail .changes li").eachText())
                .as("a referenced record is named, not numbered").contains("客户: " + company.name())
                .contains("严重程度: 轻微 → 紧急",
                "描述: 划伤 → 批次 A12 表面划伤，另有毛刺");

        step(id, "ACKNOWLEDGE", Map.of());
        Document moved = page.open("/complaints/" + id + "/edit");
        moved.selectFirst("#receivedAt").val("2026-03-01T08:00");
        MvcResult refused = page.submit(moved.selectFirst("form.complaint-form"));
        assertThat(errors(Jsoup.parse(refused.getResponse().getContentAsString())))
                .containsExactly("投诉处理开始后，接收时间不能再修改（响应和解决时间从它算起）。");
    }

    @Test
    void only_a_complaint_nobody_has_acted_on_is_deleted_after_a_confirmation() throws Exception {
        long mistake = record("LOW", "2026-03-02T08:00");
        Document confirm = page.open("/complaints/" + mistake + "/delete");
        assertThat(confirm.selectFirst("h1").text()).isEqualTo("删除投诉 #" + mistake);
        Document list = page.follow(page.submit(confirm.selectFirst("main form")));
        assertThat(flash(list)).isEqualTo("投诉已删除。");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM complaint WHERE id = ?", Long.class, mistake)).isZero();
        assertThat(mvc.perform(get("/complaints/" + mistake).with(asManager)).andReturn().getResponse().getStatus())
                .isEqualTo(404);

        long started = record("LOW", "2026-03-02T08:00");
        step(started, "ACKNOWLEDGE", Map.of());
        assertThat(page.open("/complaints/" + started).selectFirst("a.button.danger")).isNull();
        assertThat(page.open("/complaints/" + started + "/delete").selectFirst("main form")).isNull();
        MvcResult refused = mvc.perform(post("/complaints/" + started + "/delete").with(asManager).with(csrf())).andReturn();
        assertThat(refusal(Jsoup.parse(refused.getResponse().getContentAsString())))
                .isEqualTo("投诉处理已经开始，不能删除：它的记录和历史须保留。请按流程处理并关闭。");
        assertThat(count(started)).isEqualTo(1);
    }

    // ------------------------------------------------------------------ from a survey answer

    @Test
    void a_low_survey_answer_becomes_a_complaint_in_one_click_linked_both_ways() throws Exception {
        SurveyFixture.Published survey = surveys.publishedSurvey();
        long deliveryQuestion = survey.questionIds().get(0);
        long response = fixture.response(survey.surveyId(), company, deliveryQuestion, 2);

        Document form = page.open("/complaints/new?response=" + response + "&question=" + deliveryQuestion);
        assertThat(form.selectFirst("#customerId option[selected]").val()).isEqualTo(Long.toString(company.id()));
        assertThat(form.selectFirst("#contactId option[selected]").val()).isEqualTo(company.contacts().get(0).toString());
        assertThat(form.selectFirst("#channel option[selected]").val()).isEqualTo("SURVEY");
        assertThat(form.selectFirst("#description").text()).contains("服务调查", "问题：交货及时", "回答：差");
        choose(form, "category", "DELIVERY");
        choose(form, "severity", "MEDIUM");

        MvcResult saved = page.submit(form.selectFirst("form.complaint-form"));
        long id = idOf(saved);
        Document complaint = page.follow(saved);
        assertThat(complaint.selectFirst("#source").attr("href"))
                .isEqualTo("/surveys/" + survey.surveyId() + "/responses/" + response);
        assertThat(jdbc.queryForMap("SELECT response_id, question_id FROM complaint WHERE id = ?", id))
                .containsEntry("response_id", response).containsEntry("question_id", deliveryQuestion);

        Element back = page.open("/surveys/" + survey.surveyId() + "/responses/" + response)
                .selectFirst(".complaints-from-response");
        assertThat(back.select("a[href=/complaints/" + id + "]").text()).isEqualTo("投诉 #" + id + "（交付）");

        assertThat(mvc.perform(get("/complaints/new?response=999999999&question=1").with(asManager)).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/complaints/new?response=" + response + "&question=" + survey.questionIds().get(5))
                .with(asManager)).andReturn().getResponse().getStatus()).as("a question the response did not answer")
                .isEqualTo(404);
        ComplaintFixture.Company other = fixture.customer();
        Document forged = postForm(valid(Map.of("customerId", Long.toString(other.id()), "contactId", "",
                "responseId", Long.toString(response))));
        assertThat(forged.select(".alert.error").text()).isEqualTo("问卷答复属于另一个客户，请选择该答复的客户。");
    }

    // ------------------------------------------------------------------ the list

    @Test
    void the_list_is_filtered_and_paged_by_the_database() throws Exception {
        for (int i = 0; i < 27; i++) {
            insertComplaint(i % 3 == 0 ? "DELIVERY" : "QUALITY", LocalDateTime.of(2026, 1 + i % 6, 1 + i, 9, 0));
        }
        insertComplaint("PRICE", LocalDateTime.of(2025, 12, 1, 9, 0));
        String base = "/complaints?customer=" + company.id();

        Document first = page.open(base);
        assertThat(first.select("table.complaints tbody tr")).hasSize(25);
        assertThat(first.selectFirst("p.hint").text()).isEqualTo("共 28 条投诉");
        Document second = page.click(first, "a[rel=next]");
        assertThat(second.select("table.complaints tbody tr")).hasSize(3);
        assertThat(page.open(base + "&period=2026-H1").select("tbody tr")).hasSize(25);
        assertThat(page.open(base + "&period=2025-H2").select("tbody tr")).hasSize(1);
        assertThat(page.open(base + "&category=DELIVERY").selectFirst("p.hint").text()).isEqualTo("共 9 条投诉");
        assertThat(page.open(base + "&status=CLOSED").selectFirst("p.hint").text()).isEqualTo("共 28 条投诉");
        assertThat(page.open(base + "&status=RECEIVED").select("tbody tr")).isEmpty();
        assertThat(page.open(base + "&owner=" + manager.getId() + "&severity=LOW").selectFirst("p.hint").text())
                .isEqualTo("共 28 条投诉");
        assertThat(page.open(base + "&status=BOGUS&page=-4&period=garbage").selectFirst("p.hint").text())
                .as("unknown filter values are no filter").isEqualTo("共 28 条投诉");
    }

    @Test
    void wrong_ids_and_other_peoples_ids_answer_404_and_change_nothing() throws Exception {
        assertThat(status(get("/complaints/abc"))).isEqualTo(404);
        assertThat(status(get("/complaints/99999999999"))).isEqualTo(404);
        assertThat(status(get("/complaints/99999999999999999999999"))).isEqualTo(404);
        assertThat(status(post("/complaints/99999999999/steps").param("transition", "ACKNOWLEDGE").param("version", "0")))
                .isEqualTo(404);
        assertThat(status(post("/complaints/99999999999/handover").param("newOwnerId", "1").param("reason", "x")))
                .isEqualTo(404);
        assertThat(status(get("/complaints/99999999999/edit"))).isEqualTo(404);
        assertThat(status(post("/complaints/99999999999/delete"))).isEqualTo(404);
    }

    // ------------------------------------------------------------------ helpers

    private long record(String severity, String receivedAt) throws Exception {
        return record(page, severity, receivedAt);
    }

    private long record(PageClient as, String severity, String receivedAt) throws Exception {
        Document form = as.open("/complaints/new");
        choose(form, "customerId", Long.toString(company.id()));
        choose(form, "channel", "EMAIL");
        choose(form, "category", "QUALITY");
        choose(form, "severity", severity);
        form.selectFirst("#description").text("划伤");
        form.selectFirst("#receivedAt").val(receivedAt);
        return idOf(as.submit(form.selectFirst("form.complaint-form")));
    }

    private Document step(long id, String transition, Map<String, String> fields) throws Exception {
        return step(page, id, transition, fields);
    }

    /** Fills in the page's form of {@code transition} and submits it; the page that answers (after a redirect). */
    private Document step(PageClient as, long id, String transition, Map<String, String> fields) throws Exception {
        Document shown = as.open("/complaints/" + id);
        Element form = shown.selectFirst("#step-" + transition);
        assertThat(form).as("form of %s", transition).isNotNull();
        fields.forEach((name, value) -> {
            Element field = form.selectFirst("[name=" + name + "]");
            if (field.tagName().equals("textarea")) {
                field.text(value);
            } else {
                form.select("input[name=" + name + "]").removeAttr("checked");
                form.selectFirst("input[name=" + name + "][value=" + value + "]").attr("checked", "checked");
            }
        });
        return answer(as.submit(form), as);
    }

    /** Posts a step as a hand-made request with the complaint's current version. */
    private Document stepPost(long id, String transition, Map<String, String> fields) throws Exception {
        long version = jdbc.queryForObject("SELECT version FROM complaint WHERE id = ?", Long.class, id);
        MockHttpServletRequestBuilder request = post("/complaints/" + id + "/steps").with(asManager).with(csrf())
                .param("transition", transition).param("version", Long.toString(version));
        fields.forEach(request::param);
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }

    private Document handOver(long id, String newOwner, String reason) throws Exception {
        Document shown = page.open("/complaints/" + id);
        Element form = shown.selectFirst("#handover");
        form.select("#newOwnerId option").removeAttr("selected");
        if (!newOwner.isEmpty()) {
            Element option = form.selectFirst("#newOwnerId option[value=" + newOwner + "]");
            if (option == null) {
                form.selectFirst("#newOwnerId").appendElement("option").val(newOwner).attr("selected", "selected");
            } else {
                option.attr("selected", "selected");
            }
        }
        form.selectFirst("#reason").text(reason);
        return answer(page.submit(form), page);
    }

    private String handOverRefusal(long id, String newOwner, String reason) throws Exception {
        return handOver(id, newOwner, reason).selectFirst("#handover .alert.error").text();
    }

    private Document answer(MvcResult result, PageClient as) throws Exception {
        if (result.getResponse().getRedirectedUrl() != null) {
            return as.follow(result);
        }
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private Document postForm(Map<String, String> fields) throws Exception {
        MockHttpServletRequestBuilder request = post("/complaints/new").with(asManager).with(csrf());
        fields.forEach(request::param);
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private Map<String, String> valid(Map<String, String> changes) {
        Map<String, String> fields = new java.util.HashMap<>(Map.of("customerId", Long.toString(company.id()),
                "contactId", company.contacts().get(0).toString(), "channel", "VISIT", "category", "SERVICE",
                "severity", "MEDIUM", "description", "服务态度", "receivedAt", "2026-03-02T08:00"));
        fields.putAll(changes);
        return fields;
    }

    private void insertComplaint(String category, LocalDateTime received) {
        Timestamp at = Timestamp.from(received.atZone(MovableClock.SHANGHAI).toInstant());
        jdbc.update("INSERT INTO complaint (customer_id, channel, category, severity, description, received_at, "
                + "first_responder_id, status, acknowledged_at, resolved_at, closed_at) "
                + "VALUES (?, 'OTHER', ?, 'LOW', 'x', ?, ?, 'CLOSED', ?, ?, ?)", company.id(), category, at, manager.getId(),
                at, at, at);
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(asManager).with(csrf())).andReturn().getResponse().getStatus();
    }

    /** Selects {@code value} in the select {@code id} of {@code form}, and nothing else. */
    private static void choose(Element form, String id, String value) {
        Element select = form.selectFirst("#" + id);
        select.select("option").removeAttr("selected");
        Element option = select.selectFirst("option[value=" + value + "]");
        assertThat(option).as("option %s of %s", value, id).isNotNull();
        option.attr("selected", "selected");
    }

    /** The plain-text part of a mail, decoded. */
    private static String plainText(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof String text) {
            return text;
        }
        return plainText((jakarta.mail.internet.MimeMultipart) content);
    }

    private static String plainText(jakarta.mail.internet.MimeMultipart multipart) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (part.getContent() instanceof jakarta.mail.internet.MimeMultipart nested) {
                String found = plainText(nested);
                if (found != null) {
                    return found;
                }
            } else if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
        }
        return null;
    }

    private static List<String> errors(Document page) {
        return page.select(".field-error, .alert.error p").eachText();
    }

    private static String refusal(Document page) {
        Element alert = page.selectFirst(".alert.error");
        assertThat(alert).as("a refusal on the page").isNotNull();
        return alert.text();
    }

    private static String flash(Document page) {
        Element flash = page.selectFirst(".flash");
        assertThat(flash).as("a flash message").isNotNull();
        return flash.text();
    }

    private static List<String> history(Document page) {
        return page.select("table.complaint-history tbody tr").stream().map(row -> {
            String what = row.child(2).text();
            String note = row.child(3).text();
            return note.isEmpty() ? what : what + " | " + note;
        }).toList();
    }

    private static long idOf(MvcResult saved) {
        Matcher matcher = COMPLAINT_PAGE.matcher(String.valueOf(saved.getResponse().getRedirectedUrl()));
        assertThat(matcher.matches()).as("redirected to the complaint, not %s", saved.getResponse().getContentAsByteArray().length).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private long count() {
        return jdbc.queryForObject("SELECT count(*) FROM complaint", Long.class);
    }

    private long count(long id) {
        return jdbc.queryForObject("SELECT count(*) FROM complaint WHERE id = ?", Long.class, id);
    }

    private long remindersOf(long id) {
        return jdbc.queryForObject("SELECT count(*) FROM mail_outbox WHERE kind = 'COMPLAINT_OVERDUE' AND text_body LIKE ?",
                Long.class, "%/complaints/" + id);
    }

    private void sendAll() {
        while (worker.sendDue() > 0) {
            // until the outbox has nothing due
        }
    }

    private MimeMessage[] received(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return message.getAllRecipients()[0].toString().equals(address);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(MimeMessage[]::new);
    }

    private static String unique(String name) {
        return name + "-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
