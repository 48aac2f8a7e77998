package com.satisfaction.web.survey;

import com.satisfaction.core.period.Period;
import com.satisfaction.core.survey.Language;
import com.satisfaction.core.survey.LocalizedText;
import com.satisfaction.core.survey.QuestionDefinition;
import com.satisfaction.core.survey.SectionDefinition;
import com.satisfaction.core.survey.SurveyDefinition;
import com.satisfaction.core.survey.SurveyTemplate;
import com.satisfaction.persistence.campaign.Campaign;
import com.satisfaction.persistence.campaign.CampaignRepository;
import com.satisfaction.persistence.response.Recipient;
import com.satisfaction.persistence.response.RecipientRepository;
import com.satisfaction.persistence.survey.Survey;
import com.satisfaction.persistence.survey.SurveyRepository;
import com.satisfaction.persistence.survey.SurveyStatus;
import com.satisfaction.persistence.user.Role;
import com.satisfaction.web.PageClient;
import com.satisfaction.web.PostgresApplicationTest;
import com.satisfaction.web.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A survey's life through the manager's pages, on PostgreSQL: create, publish, copy, archive, test links. */
@PostgresApplicationTest
class SurveyLifecycleTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    SurveyRepository surveys;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    RecipientRepository recipients;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CampaignRepository campaigns;

    RequestPostProcessor manager;

    @BeforeEach
    void logIn() {
        manager = SecurityMockMvcRequestPostProcessors.user(accounts.create(Role.QUALITY_MANAGER).getUsername())
                .roles("QUALITY_MANAGER");
    }

    @ParameterizedTest
    @EnumSource(SurveyTemplate.class)
    void a_draft_built_from_each_template_holds_the_template_and_can_be_published(SurveyTemplate template) throws Exception {
        String location = mvc.perform(post("/surveys/new/from-template").with(manager).with(csrf())
                        .param("template", template.name()))
                .andExpect(redirectedUrlPattern("/surveys/*/edit"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.split("/")[2]);

        assertThat(definitionOf(id)).isEqualTo(template.definition());

        mvc.perform(post("/surveys/{id}/publish", id).with(manager).with(csrf()))
                .andExpect(flash().attribute("message", "survey.published"));
        assertThat(surveys.findById(id).orElseThrow().getStatus()).isEqualTo(SurveyStatus.PUBLISHED);
    }

    @Test
    void publishing_asks_first_and_says_the_questions_will_be_frozen() throws Exception {
        long id = surveys.save(Survey.draftOf(SurveyTemplate.NPS_WITH_REASON.definition(), Instant.now())).getId();
        PageClient author = new PageClient(mvc, manager, "en");
        Document page = author.open("/surveys/" + id);
        assertThat(page.select("form[action$=/publish]")).as("no button publishes at once").isEmpty();

        Document confirmation = author.click(page, "a[href$=/surveys/" + id + "/publish]");

        assertThat(confirmation.select("h1").text()).isEqualTo("Publish \"" + SurveyTemplate.NPS_WITH_REASON.definition()
                .title().en() + "\"?");
        assertThat(confirmation.select("main p").first().text()).startsWith("Once published, the 2 questions of this survey are frozen");
        assertThat(surveys.findById(id).orElseThrow().isDraft()).as("not published yet").isTrue();

        Document after = author.follow(author.submit(confirmation.selectFirst("main form")));

        assertThat(after.select(".flash").text()).isEqualTo("Survey published.");
        assertThat(after.select(".page-head .tag").first().text()).isEqualTo("Published");
        assertThat(surveys.findById(id).orElseThrow().getStatus()).isEqualTo(SurveyStatus.PUBLISHED);
    }

    @Test
    void a_draft_that_cannot_be_published_is_not_offered_for_confirmation_but_sent_to_the_editor() throws Exception {
        long id = surveys.save(Survey.draftOf(new SurveyDefinition(LocalizedText.of("空", "Empty"),
                LocalizedText.EMPTY, List.of()), Instant.now())).getId();
        PageClient author = new PageClient(mvc, manager, "en");

        MvcResult redirect = mvc.perform(get("/surveys/{id}/publish", id).with(manager)).andReturn();
        Document editor = author.follow(redirect);

        assertThat(editor.location()).isEqualTo("/surveys/" + id + "/edit");
        assertThat(editor.select(".flash").text()).isEqualTo("The survey cannot be published yet: fix the problems listed below first.");
    }

    @Test
    void archiving_asks_first() throws Exception {
        Survey published = publishedSurvey();
        PageClient author = new PageClient(mvc, manager, "zh");
        Document page = author.open("/surveys/" + published.getId());
        assertThat(page.select("form[action$=/archive]")).isEmpty();

        Document confirmation = author.click(page, "a[href$=/surveys/" + published.getId() + "/archive]");

        assertThat(confirmation.select("h1").text()).isEqualTo("归档“服务体验调查”？");
        assertThat(surveys.findById(published.getId()).orElseThrow().getStatus()).isEqualTo(SurveyStatus.PUBLISHED);

        Document after = author.follow(author.submit(confirmation.selectFirst("main form")));

        assertThat(after.select(".flash").text()).isEqualTo("问卷已归档，不再用于新的调查活动。");
        assertThat(surveys.findById(published.getId()).orElseThrow().getStatus()).isEqualTo(SurveyStatus.ARCHIVED);
    }

    @Nested
    class Deleting_a_draft {

        @Test
        void asks_first_then_deletes_it_with_its_questions_and_unanswered_test_links_and_shows_the_list() throws Exception {
            Survey draft = surveys.save(Survey.draftOf(SurveyTemplate.NPS_WITH_REASON.definition(), Instant.now()));
            long link = recipients.save(Recipient.testLink(draft, "try it", Language.ZH, token(), Instant.now())).getId();
            PageClient author = new PageClient(mvc, manager, "en");
            Document page = author.open("/surveys/" + draft.getId());
            assertThat(page.select("form[action$=/delete]")).isEmpty();

            Document confirmation = author.click(page, "a[href$=/surveys/" + draft.getId() + "/delete]");

            assertThat(confirmation.select("h1").text()).isEqualTo("Delete the draft \"Likelihood to recommend\"?");
            assertThat(confirmation.select("main p").first().text()).isEqualTo("The draft will be deleted for good with its"
                    + " one section, 2 questions and one unanswered test link. This cannot be undone.");
            assertThat(surveys.existsById(draft.getId())).as("not deleted yet").isTrue();

            MvcResult deleted = author.submit(confirmation.selectFirst("main form"));
            Document list = author.follow(deleted);

            assertThat(list.location()).isEqualTo("/surveys");
            assertThat(list.select(".flash").text()).isEqualTo("Draft deleted.");
            assertThat(list.select("a[href=/surveys/" + draft.getId() + "]")).isEmpty();
            assertThat(surveys.existsById(draft.getId())).isFalse();
            assertThat(recipients.existsById(link)).isFalse();
        }

        @Test
        void is_refused_once_one_of_its_links_has_a_response_and_keeps_everything() throws Exception {
            Survey draft = surveys.save(Survey.draftOf(SurveyTemplate.NPS_WITH_REASON.definition(), Instant.now()));
            Recipient link = recipients.save(Recipient.testLink(draft, "paper form", Language.ZH, token(), Instant.now()));
            jdbc.update("insert into response (recipient_id, survey_id, submitted_at, language) values (?, ?, now(), 'zh')",
                    link.getId(), draft.getId());
            PageClient author = new PageClient(mvc, manager, "en");

            Document fromConfirmation = author.follow(mvc.perform(get("/surveys/{id}/delete", draft.getId()).with(manager))
                    .andReturn());
            Document fromDeletion = author.follow(mvc.perform(post("/surveys/{id}/delete", draft.getId()).with(manager)
                    .with(csrf())).andReturn());

            for (Document page : List.of(fromConfirmation, fromDeletion)) {
                assertThat(page.location()).isEqualTo("/surveys/" + draft.getId());
                assertThat(page.select(".flash").text())
                        .isEqualTo("This draft cannot be deleted: its links have received responses, which are kept.");
            }
            assertThat(surveys.existsById(draft.getId())).isTrue();
            assertThat(recipients.existsById(link.getId())).isTrue();
        }

        @Test
        void is_refused_while_a_campaign_uses_it() throws Exception {
            Survey draft = surveys.save(Survey.draftOf(SurveyTemplate.NPS_WITH_REASON.definition(), Instant.now()));
            campaigns.save(new Campaign(draft, "2026 H1", Period.of("2026-H1"), Instant.now()));

            Document page = new PageClient(mvc, manager, "zh").follow(mvc.perform(post("/surveys/{id}/delete", draft.getId())
                    .with(manager).with(csrf())).andReturn());

            assertThat(page.select(".flash").text()).isEqualTo("此草稿已用于调查活动，不能删除。");
            assertThat(surveys.existsById(draft.getId())).isTrue();
        }

        @Test
        void a_published_survey_is_not_offered_for_deletion_and_is_not_deleted() throws Exception {
            Survey published = publishedSurvey();
            PageClient author = new PageClient(mvc, manager, "en");

            assertThat(author.open("/surveys/" + published.getId()).select("a[href$=/delete]")).isEmpty();
            Document page = author.follow(mvc.perform(post("/surveys/{id}/delete", published.getId()).with(manager)
                    .with(csrf())).andReturn());

            assertThat(page.select(".flash").text()).isEqualTo("Only a draft can be deleted; a published survey can be archived.");
            assertThat(surveys.existsById(published.getId())).isTrue();
        }

        @Test
        void an_executive_is_offered_no_deletion() throws Exception {
            Survey draft = surveys.save(Survey.draftOf(SurveyTemplate.NPS_WITH_REASON.definition(), Instant.now()));
            RequestPostProcessor executive = SecurityMockMvcRequestPostProcessors.user(
                    accounts.create(Role.EXECUTIVE).getUsername()).roles("EXECUTIVE");

            assertThat(new PageClient(mvc, executive, "en").open("/surveys/" + draft.getId()).select("a[href$=/delete]"))
                    .isEmpty();
            mvc.perform(post("/surveys/{id}/delete", draft.getId()).with(executive).with(csrf()))
                    .andExpect(status().isForbidden());
            assertThat(surveys.existsById(draft.getId())).isTrue();
        }

        private String token() {
            return UUID.randomUUID().toString().replace("-", "");
        }
    }

    @Test
    void a_blank_survey_needs_both_titles() throws Exception {
        mvc.perform(post("/surveys/new").with(manager).with(csrf()).param("titleZh", "").param("titleEn", "Visit"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
                        .attributeHasFieldErrors("newSurveyForm", "titleZh"));
    }

    @Test
    void a_survey_with_problems_is_not_published_and_the_author_is_sent_to_fix_them() throws Exception {
        Survey draft = surveys.save(Survey.draftOf(new SurveyDefinition(LocalizedText.of("空", "Empty"),
                LocalizedText.EMPTY, List.of()), Instant.now()));

        mvc.perform(post("/surveys/{id}/publish", draft.getId()).with(manager).with(csrf()))
                .andExpect(redirectedUrlPattern("/surveys/*/edit"))
                .andExpect(flash().attribute("message", "survey.publish.blocked"));
        assertThat(surveys.findById(draft.getId()).orElseThrow().getStatus()).isEqualTo(SurveyStatus.DRAFT);
    }

    @Test
    void an_expectation_section_with_all_weights_zero_blocks_publishing() throws Exception {
        SurveyDefinition zeroWeights = SurveyDefinition.of(LocalizedText.of("期望", "Expectations"), LocalizedText.EMPTY,
                SectionDefinition.of(LocalizedText.of("信赖度", "Reliability"),
                        QuestionDefinition.expectationPair(LocalizedText.of("准时", "On time"), BigDecimal.ZERO)));
        Survey draft = surveys.save(Survey.draftOf(zeroWeights, Instant.now()));

        mvc.perform(post("/surveys/{id}/publish", draft.getId()).with(manager).with(csrf()))
                .andExpect(flash().attribute("message", "survey.publish.blocked"));
        assertThat(surveys.findById(draft.getId()).orElseThrow().isDraft()).isTrue();
    }

    @Test
    void copying_a_published_survey_gives_an_editable_draft_with_the_same_questions_titled_as_a_copy() throws Exception {
        Survey published = publishedSurvey();

        MvcResult copied = mvc.perform(post("/surveys/{id}/copy", published.getId()).with(manager).with(csrf()))
                .andExpect(redirectedUrlPattern("/surveys/*/edit"))
                .andReturn();
        long copyId = Long.parseLong(copied.getResponse().getRedirectedUrl().split("/")[2]);

        Document editor = follow(copied, "en");
        assertThat(editor.select(".flash").text()).isEqualTo("Copied as a new draft.");
        assertThat(editor.select("#titleZh").val()).isEqualTo("服务体验调查 (副本)");
        assertThat(editor.select("#titleEn").val()).isEqualTo("Service experience survey (copy)");
        assertThat(editor.select("h1").text()).isEqualTo("Edit survey: Service experience survey (copy)");

        assertThat(copyId).isNotEqualTo(published.getId());
        assertThat(surveys.findById(copyId).orElseThrow().isDraft()).isTrue();
        SurveyDefinition original = definitionOf(published.getId());
        assertThat(definitionOf(copyId)).isEqualTo(new SurveyDefinition(
                LocalizedText.of("服务体验调查 (副本)", "Service experience survey (copy)"),
                original.intro(), original.sections()));
    }

    @Test
    void a_copy_of_a_survey_with_the_longest_title_keeps_the_title_within_its_column() throws Exception {
        Survey longTitled = Survey.draftOf(new SurveyDefinition(LocalizedText.of("长".repeat(200), "L".repeat(192) + "😀" + "L".repeat(6)),
                LocalizedText.EMPTY, List.of()), Instant.now());
        long original = surveys.save(longTitled).getId();

        String location = mvc.perform(post("/surveys/{id}/copy", original).with(manager).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        LocalizedText title = definitionOf(Long.parseLong(location.split("/")[2])).title();

        assertThat(title.zh()).hasSize(200).isEqualTo("长".repeat(195) + " (副本)");
        assertThat(title.en()).as("an emoji is not cut in half").isEqualTo("L".repeat(192) + " (copy)");
    }

    @Test
    void archiving_hides_a_survey_from_the_published_list() throws Exception {
        Survey published = publishedSurvey();

        mvc.perform(post("/surveys/{id}/archive", published.getId()).with(manager).with(csrf()))
                .andExpect(flash().attribute("message", "survey.archived"));

        assertThat(surveys.findById(published.getId()).orElseThrow().getStatus()).isEqualTo(SurveyStatus.ARCHIVED);
        assertThat(surveys.search("", SurveyStatus.PUBLISHED)).noneMatch(row -> row.id() == published.getId());
    }

    @Test
    void the_list_finds_surveys_by_title_in_either_language() throws Exception {
        surveys.save(Survey.draftOf(new SurveyDefinition(LocalizedText.of("年度供应商回访", "Annual supplier call-back"),
                LocalizedText.EMPTY, List.of()), Instant.now()));

        mvc.perform(get("/surveys").with(manager).param("q", "supplier CALL"))
                .andExpect(content().string(containsString("年度供应商回访")));
        mvc.perform(get("/surveys").with(manager).param("q", "供应商").param("lang", "en"))
                .andExpect(content().string(containsString("Annual supplier call-back")));
        mvc.perform(get("/surveys").with(manager).param("q", "no such survey anywhere"))
                .andExpect(content().string(containsString("没有符合条件的问卷")));
    }

    @Test
    void a_test_link_is_made_only_for_a_published_survey_and_holds_a_128_bit_token() throws Exception {
        Survey draft = surveys.save(Survey.draftOf(SurveyTemplate.NPS_WITH_REASON.definition(), Instant.now()));
        mvc.perform(post("/surveys/{id}/links", draft.getId()).with(manager).with(csrf())
                        .param("label", "try it").param("language", "ZH"))
                .andExpect(flash().attribute("message", "link.onlyPublished"));

        Survey published = publishedSurvey();
        mvc.perform(post("/surveys/{id}/links", published.getId()).with(manager).with(csrf())
                        .param("label", "ACME paper form").param("language", "EN"))
                .andExpect(flash().attribute("message", "link.created"));

        mvc.perform(get("/surveys/{id}", published.getId()).with(manager))
                .andExpect(content().string(containsString("ACME paper form")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*/s/[A-Za-z0-9_-]{22}\".*")));
    }

    /** Follows a redirect as the browser does, flash message included, and parses the page it lands on. */
    private Document follow(MvcResult redirect, String language) throws Exception {
        return new PageClient(mvc, manager, language).follow(redirect);
    }

    @Test
    void a_refused_test_link_says_what_is_wrong_with_it() throws Exception {
        Survey published = publishedSurvey();
        PageClient author = new PageClient(mvc, manager, "en");

        List<String> messages = new ArrayList<>();
        for (var form : List.of(Map.of("label", " ", "language", "EN"), Map.of("label", "x".repeat(201), "language", "EN"),
                Map.of("label", "ACME", "language", "FR"))) {
            var request = post("/surveys/{id}/links", published.getId()).with(manager).with(csrf());
            form.forEach(request::param);
            messages.add(author.follow(mvc.perform(request).andReturn()).select(".flash").text());
        }

        assertThat(messages).containsExactly("Enter what the link is for.",
                "The purpose has at most 200 characters.", "Choose a language.");
        assertThat(recipients.findTestLinks(published.getId())).isEmpty();
    }

    @Test
    void an_executive_sees_test_links_masked_with_no_token_in_the_page_while_a_manager_can_open_them() throws Exception {
        Survey published = publishedSurvey();
        String token = recipients.save(Recipient.testLink(published, "ACME call-back", Language.EN,
                "tok" + UUID.randomUUID().toString().replace("-", ""), Instant.now())).getToken();
        RequestPostProcessor executive = SecurityMockMvcRequestPostProcessors.user(
                accounts.create(Role.EXECUTIVE).getUsername()).roles("EXECUTIVE");

        String executivesPage = mvc.perform(get("/surveys/{id}", published.getId()).with(executive).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(executivesPage).contains("ACME call-back").doesNotContain(token);
        Document page = Jsoup.parse(executivesPage);
        assertThat(page.select(".link-url").text()).isEqualTo("http://localhost/s/••••••••");
        assertThat(page.select("a[href*=/s/]")).as("nothing to click").isEmpty();
        assertThat(page.select("#links ~ p.hint").text()).contains("only quality managers and administrators see them");

        Document managersPage = new PageClient(mvc, manager, "en").open("/surveys/" + published.getId());
        assertThat(managersPage.select("a.link-url").attr("href")).isEqualTo("http://localhost/s/" + token);
    }

    private Survey publishedSurvey() {
        Survey survey = Survey.draftOf(SurveyTemplate.TRANSACTIONAL_CSAT_CES.definition(), Instant.now());
        survey.publish(Instant.now());
        return surveys.save(survey);
    }

    private SurveyDefinition definitionOf(long id) {
        return transaction.execute(status -> surveys.findById(id).orElseThrow().toDefinition());
    }
}
