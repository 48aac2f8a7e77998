package com.satisfaction.web.system;

import com.satisfaction.core.survey.LocalizedText;
import com.satisfaction.core.survey.QuestionDefinition;
import com.satisfaction.core.survey.SectionDefinition;
import com.satisfaction.core.survey.SurveyDefinition;
import com.satisfaction.persistence.survey.Survey;
import com.satisfaction.persistence.survey.SurveyRepository;
import com.satisfaction.persistence.user.Role;
import com.satisfaction.web.PostgresApplicationTest;
import com.satisfaction.web.TestAccounts;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Each page names itself in the browser's tab and history, in the page's language, then the product. */
@PostgresApplicationTest
class PageTitlesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    SurveyRepository surveys;

    @Autowired
    TransactionTemplate transaction;

    RequestPostProcessor admin;
    long surveyId;
    long sectionId;
    long questionId;
    long userId;

    @BeforeEach
    void aDraftAndAnAdmin() {
        var account = accounts.create(Role.ADMIN);
        userId = account.getId();
        admin = user(account.getUsername()).roles("ADMIN");
        transaction.executeWithoutResult(status -> {
            Survey survey = surveys.saveAndFlush(Survey.draftOf(SurveyDefinition.of(
                    LocalizedText.of("标题测试问卷", "Title test survey"), LocalizedText.EMPTY,
                    SectionDefinition.of(LocalizedText.of("交付", "Delivery"),
                            QuestionDefinition.likert5(LocalizedText.of("交期", "Lead time")))), Instant.now()));
            surveyId = survey.getId();
            sectionId = survey.getSections().get(0).getId();
            questionId = survey.questions().get(0).getId();
        });
    }

    @Test
    void the_main_pages_have_titles_of_their_own() throws Exception {
        Map<String, String> titles = new LinkedHashMap<>();
        for (String page : List.of("/", "/surveys", "/surveys/new", "/surveys/" + surveyId,
                "/surveys/" + surveyId + "/edit", "/surveys/" + surveyId + "/preview",
                "/surveys/" + surveyId + "/sections/" + sectionId,
                "/surveys/" + surveyId + "/sections/" + sectionId + "/questions/new?type=NPS",
                "/surveys/" + surveyId + "/questions/" + questionId,
                "/admin/users", "/admin/users/new", "/admin/users/" + userId, "/account/password")) {
            titles.put(page, titleOf(page, admin));
        }
        titles.put("/login", titleOf("/login", null));

        assertThat(titles.values()).as("%s", titles).doesNotHaveDuplicates().allSatisfy(title ->
                assertThat(title).endsWith(" · 客户满意度").isNotEqualTo(" · 客户满意度"));
        assertThat(titles).containsEntry("/surveys", "问卷 · 客户满意度")
                .containsEntry("/surveys/" + surveyId, "标题测试问卷 · 客户满意度")
                .containsEntry("/surveys/" + surveyId + "/edit", "编辑问卷：标题测试问卷 · 客户满意度")
                .containsEntry("/login", "登录 · 客户满意度");
    }

    @Test
    void titles_follow_the_language_of_the_page() throws Exception {
        assertThat(titleOf("/surveys?lang=en", admin)).isEqualTo("Surveys · Satisfaction");
        assertThat(titleOf("/admin/users/new?lang=en", admin)).isEqualTo("New user · Satisfaction");
        assertThat(titleOf("/surveys/" + surveyId + "/questions/" + questionId + "?lang=en", admin))
                .isEqualTo("Edit question: Five levels (very good … very poor) · Satisfaction");
    }

    private String titleOf(String page, RequestPostProcessor who) throws Exception {
        var request = get(page);
        if (who != null) {
            request.with(who);
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(page).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString()).title();
    }
}
