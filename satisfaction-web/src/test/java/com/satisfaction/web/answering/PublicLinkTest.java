package com.satisfaction.web.answering;

import com.satisfaction.core.survey.Language;
import com.satisfaction.core.survey.SurveyTemplate;
import com.satisfaction.persistence.survey.Survey;
import com.satisfaction.persistence.response.Recipient;
import com.satisfaction.persistence.response.RecipientRepository;
import com.satisfaction.persistence.response.ResponseRepository;
import com.satisfaction.persistence.survey.SurveyRepository;
import com.satisfaction.persistence.user.Role;
import com.satisfaction.web.PostgresApplicationTest;
import com.satisfaction.web.TestAccounts;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The customer's link as a customer and a manager meet it: no session, its own language, nothing lost. */
@PostgresApplicationTest
class PublicLinkTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SurveyFixture fixture;

    @Autowired
    RecipientRepository recipients;

    @Autowired
    ResponseRepository responses;

    @Autowired
    SurveyRepository surveys;

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
    void the_link_keeps_no_session_and_puts_no_session_id_in_any_url() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/s/{token}", link.getToken()))
                .andExpect(status().isOk()).andReturn().getResponse();

        assertThat(page.getHeaders("Set-Cookie")).isEmpty();
        assertThat(page.getContentAsString()).doesNotContainIgnoringCase("jsessionid").doesNotContain("_csrf");
    }

    @Test
    void answers_posted_without_any_cookie_or_token_from_an_earlier_session_are_accepted() throws Exception {
        // what a customer's browser sends after the server restarted while the form was open
        mvc.perform(post("/s/{token}", link.getToken()).param("lang", "zh")
                        .param(survey.field(1), "4").param(survey.field(2), "7").param(survey.field(3), "9"))
                .andExpect(redirectedUrl("/s/" + link.getToken() + "/thanks?lang=zh"));

        assertThat(responses.existsByRecipientId(link.getId())).isTrue();
        String thanks = mvc.perform(get("/s/{token}/thanks", link.getToken()).param("lang", "zh"))
                .andReturn().getResponse().getContentAsString();
        assertThat(thanks).contains("感谢您的反馈");
    }

    @Test
    void switching_the_language_keeps_every_answer_and_stores_nothing() throws Exception {
        String page = mvc.perform(post("/s/{token}", link.getToken()).param("lang", "zh").param("switchTo", "en")
                        .param(survey.field(1), "4").param(survey.field(2), "7")
                        .param(survey.field(6), "早点送"))
                .andExpect(status().isOk())
                .andExpect(view().name("answer/form"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Service survey", "Delivery on time", "Questions marked * must be answered.")
                .containsPattern("name=\"" + survey.field(1) + "\" value=\"4\" checked")
                .containsPattern("name=\"" + survey.field(2) + "\" value=\"7\" checked")
                .contains("早点送")
                .contains("name=\"lang\" value=\"en\"")
                .doesNotContain("此题为必答题", "This question must be answered");
        assertThat(responses.existsByRecipientId(link.getId())).isFalse();
    }

    @Test
    void a_manager_trying_a_link_neither_counts_as_a_visit_nor_changes_their_interface_language() throws Exception {
        Recipient english = fixture.linkTo(survey.surveyId(), Language.EN);
        String manager = accounts.create(Role.QUALITY_MANAGER).getUsername();

        MockHttpServletResponse page = mvc.perform(get("/s/{token}", english.getToken())
                        .with(user(manager).roles("QUALITY_MANAGER"))
                        .cookie(new Cookie("satisfaction-lang", "zh-CN")))
                .andExpect(status().isOk()).andReturn().getResponse();

        assertThat(page.getContentAsString()).contains("Service survey", "Very good");
        assertThat(page.getHeaders("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("satisfaction-lang"));
        assertThat(recipients.findById(english.getId()).orElseThrow().getOpenedAt()).isNull();

        String home = mvc.perform(get("/").with(user(manager).roles("QUALITY_MANAGER"))
                        .cookie(new Cookie("satisfaction-lang", "zh-CN")))
                .andReturn().getResponse().getContentAsString();
        assertThat(home).contains("问卷");
    }

    @Test
    void a_lang_parameter_on_the_link_does_not_set_the_interface_language_cookie() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/s/{token}", link.getToken()).param("lang", "en"))
                .andReturn().getResponse();

        assertThat(page.getContentAsString()).contains("Service survey");
        assertThat(page.getHeaders("Set-Cookie")).isEmpty();
    }

    @Test
    void the_preview_is_the_customers_page_in_the_chosen_language_whatever_the_interface_speaks() throws Exception {
        String manager = accounts.create(Role.QUALITY_MANAGER).getUsername();

        String preview = mvc.perform(get("/surveys/{id}/preview", survey.surveyId()).param("as", "en")
                        .with(user(manager).roles("QUALITY_MANAGER"))
                        .cookie(new Cookie("satisfaction-lang", "zh-CN")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(preview).contains("Service survey", "Questions marked * must be answered.", "Very good", "Expected",
                        "Received")
                .doesNotContain("带 * 的题目为必答题", "非常好", "期望", "实际感受");
    }

    @Test
    void the_links_of_an_archived_survey_show_the_closed_page_and_accept_nothing() throws Exception {
        transaction.executeWithoutResult(status -> surveys.findById(survey.surveyId()).orElseThrow().archive());

        mvc.perform(get("/s/{token}", link.getToken()))
                .andExpect(view().name("answer/closed"));
        String answered = mvc.perform(post("/s/{token}", link.getToken()).param("lang", "zh")
                        .param(survey.field(1), "4").param(survey.field(2), "7").param(survey.field(3), "9"))
                .andExpect(view().name("answer/closed"))
                .andReturn().getResponse().getContentAsString();

        assertThat(answered).contains("此调查已结束");
        assertThat(responses.existsByRecipientId(link.getId())).isFalse();
    }

    @Test
    void a_link_to_a_draft_survey_accepts_nothing_because_the_draft_may_still_change() throws Exception {
        Recipient draftLink = transaction.execute(status -> {
            Survey draft = surveys.save(Survey.draftOf(SurveyTemplate.NPS_WITH_REASON.definition(), Instant.now()));
            return recipients.save(Recipient.testLink(draft, "draft link", Language.ZH,
                    "draft" + System.nanoTime() + "xxxxxxxxxxxx", Instant.now()));
        });

        mvc.perform(get("/s/{token}", draftLink.getToken())).andExpect(view().name("answer/closed"));
        mvc.perform(post("/s/{token}", draftLink.getToken()).param("lang", "zh"))
                .andExpect(view().name("answer/closed"));
        assertThat(responses.existsByRecipientId(draftLink.getId())).isFalse();
    }

    @Test
    void an_expectation_pair_shows_its_own_end_labels() throws Exception {
        String page = mvc.perform(get("/s/{token}", link.getToken())).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("1 = 远不及时", "10 = 总是及时").doesNotContain("1 = 很低");
    }

    @Test
    void control_characters_in_an_answer_are_dropped_not_a_500() throws Exception {
        mvc.perform(post("/s/{token}", link.getToken()).param("lang", "zh")
                        .param(survey.field(1), "4").param(survey.field(2), "7").param(survey.field(3), "9")
                        .param(survey.field(6), "准时\u0000送货\u0007"))
                .andExpect(redirectedUrl("/s/" + link.getToken() + "/thanks?lang=zh"));

        assertThat(jdbc.queryForObject("select a.text_value from answer a join response r on r.id = a.response_id "
                + "where r.recipient_id = ? and a.text_value is not null", String.class, link.getId())).isEqualTo("准时送货");
    }

    @Test
    void a_survey_page_whose_id_is_not_a_number_is_not_found() throws Exception {
        String manager = accounts.create(Role.QUALITY_MANAGER).getUsername();

        String page = mvc.perform(get("/surveys/abc").with(user(manager).roles("QUALITY_MANAGER")))
                .andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("页面不存在");
    }
}
