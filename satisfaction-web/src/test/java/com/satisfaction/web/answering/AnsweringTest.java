package com.satisfaction.web.answering;

import com.satisfaction.core.period.Period;
import com.satisfaction.core.scoring.Score;
import com.satisfaction.core.scoring.SurveyScore;
import com.satisfaction.core.survey.Language;
import com.satisfaction.persistence.campaign.Campaign;
import com.satisfaction.persistence.campaign.CampaignRepository;
import com.satisfaction.persistence.response.QuestionAnswer;
import com.satisfaction.persistence.response.Recipient;
import com.satisfaction.persistence.response.RecipientRepository;
import com.satisfaction.persistence.response.Response;
import com.satisfaction.persistence.response.ResponseRepository;
import com.satisfaction.persistence.user.Role;
import com.satisfaction.persistence.user.UserAccount;
import com.satisfaction.web.PostgresApplicationTest;
import com.satisfaction.web.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** A customer answers a personal link; a manager keys in a paper questionnaire. On PostgreSQL. */
@PostgresApplicationTest
class AnsweringTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SurveyFixture fixture;

    @Autowired
    RecipientRepository recipients;

    @Autowired
    ResponseRepository responses;

    @Autowired
    CampaignRepository campaigns;

    @Autowired
    ResponseSubmission submission;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcTemplate jdbc;

    SurveyFixture.Published survey;
    Recipient link;

    @BeforeEach
    void publishAndLink() {
        survey = fixture.publishedSurvey();
        link = fixture.linkTo(survey.surveyId(), Language.ZH);
    }

    @Test
    void the_link_opens_the_survey_in_the_contacts_language_and_records_the_first_visit() throws Exception {
        Recipient english = fixture.linkTo(survey.surveyId(), Language.EN);

        mvc.perform(get("/s/{token}", english.getToken()))
                .andExpect(status().isOk())
                .andExpect(view().name("answer/form"))
                .andExpect(content().string(containsString("Service survey")))
                .andExpect(content().string(containsString("Very good")));
        mvc.perform(get("/s/{token}", english.getToken()).param("lang", "zh"))
                .andExpect(content().string(containsString("服务调查")))
                .andExpect(content().string(containsString("非常好")));

        Instant opened = recipients.findById(english.getId()).orElseThrow().getOpenedAt();
        assertThat(opened).isNotNull();
        mvc.perform(get("/s/{token}", english.getToken()));
        assertThat(recipients.findById(english.getId()).orElseThrow().getOpenedAt()).isEqualTo(opened);
    }

    @Test
    void valid_answers_are_stored_with_their_exact_survey_score() throws Exception {
        mvc.perform(answer(link)
                        .param(survey.field(1), "4")                 // 10 × 4/5 = 8 of 10
                        .param(survey.field(2), "7")                 // 20 × 7/10 = 14 of 20
                        .param(survey.field(3), "9")
                        .param(survey.field(4), "1")
                        .param(survey.field(5) + "-expected", "8").param(survey.field(5), "6")
                        .param(survey.field(6), "准时 送货 好"))
                .andExpect(redirectedUrl("/s/" + link.getToken() + "/thanks?lang=zh"));

        Response stored = storedResponseOf(link);
        // SPEC §4.5: 100 × (8 + 14) ÷ (10 + 20) = 73.333…
        assertThat(stored.surveyScore()).contains(SurveyScore.ofUnits(22 * SurveyScore.UNITS_PER_POINT, 30 * SurveyScore.UNITS_PER_POINT));
        assertThat(stored.surveyScore().orElseThrow().value()).isEqualTo(Score.ratio(220, 3));
        assertThat(jdbc.queryForObject("select count(*) from answer where response_id = ?", Integer.class, stored.getId()))
                .isEqualTo(6);
        QuestionAnswer pair = transaction.execute(s -> responses.findById(stored.getId()).orElseThrow().getAnswers().stream()
                .filter(a -> a.getExpectedValue() != null).findFirst().orElseThrow());
        assertThat(pair.getExpectedValue()).isEqualTo(8);
        assertThat(pair.getNumericValue()).isEqualTo(6);
        assertThat(recipients.findById(link.getId()).orElseThrow().isAnswered()).isTrue();

        mvc.perform(get("/s/{token}/thanks", link.getToken()))
                .andExpect(view().name("answer/thanks"))
                .andExpect(content().string(containsString("感谢您的反馈")));
    }

    @Test
    void a_reader_sees_a_stored_response_answer_by_answer() throws Exception {
        mvc.perform(answer(link)
                        .param(survey.field(1), "4").param(survey.field(2), "7").param(survey.field(3), "9")
                        .param(survey.field(4), "0")
                        .param(survey.field(6), "准时送货"))
                .andExpect(redirectedUrl("/s/" + link.getToken() + "/thanks?lang=zh"));
        long responseId = storedResponseOf(link).getId();
        UserAccount executive = accounts.create(Role.EXECUTIVE);

        String page = mvc.perform(get("/surveys/{s}/responses/{r}", survey.surveyId(), responseId)
                        .with(user(executive.getUsername()).roles("EXECUTIVE")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("1. 交货及时", "好", "7 / 10", "邮件", "准时送货", "未作答", "73.3", "客户在线填写");
        mvc.perform(get("/surveys/{s}/responses/{r}", survey.surveyId() + 1000, responseId)
                        .with(user(executive.getUsername()).roles("EXECUTIVE")))
                .andExpect(status().isNotFound());
    }

    @Test
    void optional_questions_left_empty_are_left_out_of_the_score() throws Exception {
        mvc.perform(answer(link).param(survey.field(1), "5").param(survey.field(2), "10").param(survey.field(3), "3"))
                .andExpect(redirectedUrl("/s/" + link.getToken() + "/thanks?lang=zh"));

        assertThat(storedResponseOf(link).surveyScore().orElseThrow().value()).isEqualTo(Score.of(100));
    }

    @Test
    void faulty_answers_come_back_with_a_message_beside_each_question_and_the_answers_kept() throws Exception {
        String page = mvc.perform(answer(link)
                        .param(survey.field(2), "11")                // outside 1–10
                        .param(survey.field(3), "9")
                        .param(survey.field(4), "0").param(survey.field(4), "1")   // two picks of a single choice
                        .param(survey.field(5), "6")                 // received without expected
                        .param(survey.field(6), "这条建议一共有十一个字啊"))    // 12 characters > 10
                .andExpect(status().isOk())
                .andExpect(view().name("answer/form"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page)
                .contains("有些回答需要修改")
                .contains("此题为必答题")                        // question 1 missing
                .contains("请选择 1 到 10 之间的值")
                .contains("此题只能选择一项")
                .contains("请同时选择期望值和实际感受")
                .contains("回答最多 10 字，目前为 12 字")
                .containsPattern("name=\"" + survey.field(3) + "\" value=\"9\" checked")   // the valid answer is kept
                .contains("这条建议一共有十一个字啊");
        assertThat(responses.existsByRecipientId(link.getId())).isFalse();
        assertThat(recipients.findById(link.getId()).orElseThrow().isAnswered()).isFalse();
    }

    @Test
    void a_second_submission_stores_nothing_and_says_already_answered() throws Exception {
        mvc.perform(validAnswers(link)).andExpect(redirectedUrl("/s/" + link.getToken() + "/thanks?lang=zh"));

        mvc.perform(validAnswers(link))
                .andExpect(status().isOk())
                .andExpect(view().name("answer/answered"))
                .andExpect(content().string(containsString("此问卷已经答复")));
        mvc.perform(get("/s/{token}", link.getToken()))
                .andExpect(view().name("answer/answered"));
        assertThat(jdbc.queryForObject("select count(*) from response where recipient_id = ?", Integer.class, link.getId()))
                .isEqualTo(1);
    }

    @Test
    void two_submissions_racing_for_one_link_store_exactly_one_response() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                Recipient raced = fixture.linkTo(survey.surveyId(), Language.ZH);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<ResponseSubmission.Outcome>> outcomes = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    outcomes.add(pool.submit(() -> {
                        start.await();
                        return submission.submitToLink(raced.getToken(), validEntry(), java.util.Optional.of(Language.ZH));
                    }));
                }
                start.countDown();

                List<Class<?>> kinds = new ArrayList<>();
                for (Future<ResponseSubmission.Outcome> outcome : outcomes) {
                    kinds.add(outcome.get().getClass());
                }
                assertThat(kinds).containsExactlyInAnyOrder(ResponseSubmission.Accepted.class,
                        ResponseSubmission.AlreadyAnswered.class);
                assertThat(jdbc.queryForObject("select count(*) from response where recipient_id = ?", Integer.class,
                        raced.getId())).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void an_unknown_token_gets_a_plain_404() throws Exception {
        mvc.perform(get("/s/{token}", "AAAAAAAAAAAAAAAAAAAAAA"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("服务调查"))));
        mvc.perform(post("/s/{token}", "AAAAAAAAAAAAAAAAAAAAAA").with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_link_of_a_closed_campaign_says_the_survey_is_closed_and_stores_nothing() throws Exception {
        Recipient closed = linkOfClosedCampaign();

        mvc.perform(get("/s/{token}", closed.getToken()))
                .andExpect(view().name("answer/closed"))
                .andExpect(content().string(containsString("此调查已结束")));
        mvc.perform(validAnswers(closed))
                .andExpect(view().name("answer/closed"));
        assertThat(responses.existsByRecipientId(closed.getId())).isFalse();
    }

    @Test
    void a_manager_keys_in_a_paper_questionnaire_which_records_who_entered_it() throws Exception {
        UserAccount manager = accounts.create(Role.QUALITY_MANAGER);
        String entry = "/surveys/" + survey.surveyId() + "/links/" + link.getId() + "/entry";

        mvc.perform(get(entry).with(user(manager.getUsername()).roles("QUALITY_MANAGER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("交货及时")));
        mvc.perform(post(entry).with(user(manager.getUsername()).roles("QUALITY_MANAGER")).with(csrf())
                        .param(survey.field(1), "3").param(survey.field(2), "5").param(survey.field(3), "8"))
                .andExpect(redirectedUrl("/surveys/" + survey.surveyId()))
                .andExpect(flash().attribute("message", "entry.saved"));

        Long enteredBy = jdbc.queryForObject("select entered_by from response where recipient_id = ?", Long.class, link.getId());
        assertThat(enteredBy).isEqualTo(manager.getId());
        mvc.perform(get("/surveys/{id}", survey.surveyId()).with(user(manager.getUsername()).roles("QUALITY_MANAGER")))
                .andExpect(content().string(containsString(manager.getDisplayName())))
                // 100 × (10 × 3/5 + 20 × 5/10) ÷ 30 = 53.3
                .andExpect(content().string(containsString("53.3")));
    }

    @Test
    void manual_entry_checks_the_answers_like_the_customers_form() throws Exception {
        UserAccount manager = accounts.create(Role.QUALITY_MANAGER);

        mvc.perform(post("/surveys/{s}/links/{r}/entry", survey.surveyId(), link.getId())
                        .with(user(manager.getUsername()).roles("QUALITY_MANAGER")).with(csrf())
                        .param(survey.field(1), "9"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请选择 1 到 5 之间的值")));
        assertThat(responses.existsByRecipientId(link.getId())).isFalse();
    }

    private MockHttpServletRequestBuilder answer(Recipient recipient) {
        return post("/s/{token}", recipient.getToken()).with(csrf());
    }

    private MockHttpServletRequestBuilder validAnswers(Recipient recipient) {
        return answer(recipient).param(survey.field(1), "4").param(survey.field(2), "8").param(survey.field(3), "10");
    }

    private EnteredAnswers validEntry() {
        return new EnteredAnswers(Map.of(survey.field(1), new String[] {"4"}, survey.field(2), new String[] {"8"},
                survey.field(3), new String[] {"10"}));
    }

    private Response storedResponseOf(Recipient recipient) {
        Long id = jdbc.queryForObject("select id from response where recipient_id = ?", Long.class, recipient.getId());
        return responses.findById(id).orElseThrow();
    }

    private Recipient linkOfClosedCampaign() {
        return transaction.execute(status -> {
            Campaign campaign = campaigns.save(new Campaign(recipients.findById(link.getId()).orElseThrow().getSurvey(),
                    "2026 H1", Period.of("2026-H1"), Instant.now()));
            campaign.close();
            Recipient recipient = recipients.findById(link.getId()).orElseThrow();
            jdbc.update("update recipient set campaign_id = ? where id = ?", campaign.getId(), recipient.getId());
            return recipient;
        });
    }
}
