package com.satisfaction.web.survey;

import com.satisfaction.core.survey.LocalizedText;
import com.satisfaction.core.survey.QuestionDefinition;
import com.satisfaction.core.survey.QuestionType;
import com.satisfaction.core.survey.Scale;
import com.satisfaction.core.survey.SectionDefinition;
import com.satisfaction.core.survey.SurveyDefinition;
import com.satisfaction.persistence.survey.Survey;
import com.satisfaction.persistence.survey.SurveyRepository;
import com.satisfaction.persistence.survey.SurveySection;
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
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@PostgresApplicationTest
class SurveyEditorTest {

    private static final String QUESTION_FORM = "surveys/question-form";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    SurveyRepository surveys;

    @Autowired
    TransactionTemplate transaction;

    RequestPostProcessor manager;
    long surveyId;

    @BeforeEach
    void aQualityManagerWithADraft() {
        manager = user(accounts.create(Role.QUALITY_MANAGER).getUsername()).roles("QUALITY_MANAGER");
        surveyId = draft(SurveyDefinition.of(text("客户满意度调查", "Customer survey"), text("谢谢", "Thank you"),
                SectionDefinition.of(text("产品", "Product"),
                        QuestionDefinition.likert5(text("产品质量", "Product quality")),
                        QuestionDefinition.text(text("建议", "Suggestions"))),
                SectionDefinition.of(text("服务", "Service"),
                        QuestionDefinition.likert5(text("交期", "Delivery")))));
    }

    @Nested
    class The_editor_page {

        @Test
        void shows_sections_and_questions_in_order_with_links_to_the_survey_and_its_preview() throws Exception {
            mvc.perform(get("/surveys/{id}/edit", surveyId).with(manager).param("lang", "en"))
                    .andExpect(status().isOk())
                    .andExpect(view().name("surveys/edit"))
                    .andExpect(content().string(containsString("Section 1 · Product")))
                    .andExpect(content().string(containsString("Section 2 · Service")))
                    .andExpect(content().string(containsString("Product quality")))
                    .andExpect(content().string(containsString("Five levels (very good … very poor)")))
                    .andExpect(content().string(containsString("Scored, 10 points")))
                    .andExpect(content().string(containsString("/surveys/" + surveyId + "/preview")))
                    .andExpect(content().string(containsString("Nothing keeps this survey from being published.")));
        }

        @Test
        void lists_what_keeps_the_survey_from_being_published_naming_section_and_question() throws Exception {
            long sectionId = sectionIds().get(1);
            perform(edit("/surveys/%d/sections/%d/questions/new".formatted(surveyId, sectionId)).param("type", "EXPECTATION_PAIR")
                    .param("textZh", "响应速度").param("textEn", "Response time").param("weight", "0"))
                    .andExpect(redirectedUrlPattern());
            perform(edit("/surveys/%d/sections/%d/questions/new".formatted(surveyId, sectionId)).param("type", "EXPECTATION_PAIR")
                    .param("textZh", "专业度").param("textEn", "Expertise").param("weight", "0"))
                    .andExpect(redirectedUrlPattern());
            perform(edit("/surveys/%d/sections".formatted(surveyId))
                    .param("sectionTitleZh", "空").param("sectionTitleEn", "Empty"));

            mvc.perform(get("/surveys/{id}/edit", surveyId).with(manager).param("lang", "en"))
                    .andExpect(content().string(containsString("Still to fix before publishing")))
                    .andExpect(content().string(containsString("Section 2:")))
                    .andExpect(content().string(containsString("All weights of the expectation pairs in this section are 0")))
                    .andExpect(content().string(containsString("Section 3:")))
                    .andExpect(content().string(containsString("The section needs at least one question.")));
            assertThat(definition().problems()).extracting(p -> p.code() + "@" + p.section())
                    .containsExactly("section.weights.allZero@1", "section.questions.required@2");
        }

        @Test
        void an_unknown_survey_is_not_found() throws Exception {
            mvc.perform(get("/surveys/{id}/edit", 999_999_999L).with(manager)).andExpect(status().isNotFound());
            mvc.perform(get("/surveys/{id}/questions/{q}", surveyId, 999_999_999L).with(manager))
                    .andExpect(status().isNotFound());
        }

        @Test
        void an_executive_sees_the_draft_without_the_buttons_that_change_it() throws Exception {
            RequestPostProcessor executive = user(accounts.create(Role.EXECUTIVE).getUsername()).roles("EXECUTIVE");

            mvc.perform(get("/surveys/{id}/edit", surveyId).with(executive).param("lang", "en"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("You may view this draft but not change it.")))
                    .andExpect(content().string(not(containsString("Move up"))))
                    .andExpect(content().string(not(containsString("Add a section"))));
            mvc.perform(post("/surveys/{id}/edit", surveyId).with(executive).with(csrf())
                            .param("titleZh", "改").param("titleEn", "Changed"))
                    .andExpect(status().isForbidden());
        }
    }

    @Nested
    class Title_and_intro {

        @Test
        void are_saved_in_both_languages() throws Exception {
            perform(edit("/surveys/%d/edit".formatted(surveyId))
                    .param("titleZh", "2026 上半年满意度调查").param("titleEn", "2026 H1 satisfaction survey")
                    .param("introZh", "请花五分钟。").param("introEn", "Five minutes, please."))
                    .andExpect(redirectedUrl("/surveys/" + surveyId + "/edit"))
                    .andExpect(flash().attribute("message", "editor.saved"));

            SurveyDefinition definition = definition();
            assertThat(definition.title()).isEqualTo(text("2026 上半年满意度调查", "2026 H1 satisfaction survey"));
            assertThat(definition.intro()).isEqualTo(text("请花五分钟。", "Five minutes, please."));
        }

        @Test
        void need_a_title_and_are_refused_when_too_long() throws Exception {
            perform(edit("/surveys/%d/edit".formatted(surveyId)).param("lang", "en")
                    .param("titleZh", "").param("titleEn", "x".repeat(201)).param("introZh", "").param("introEn", ""))
                    .andExpect(status().isOk())
                    .andExpect(view().name("surveys/edit"))
                    .andExpect(model().attributeHasFieldErrorCode("surveyDescriptionForm", "titleZh", "NotBlank"))
                    .andExpect(model().attributeHasFieldErrorCode("surveyDescriptionForm", "titleEn", "Size"))
                    .andExpect(content().string(containsString("A title has at most 200 characters.")));

            assertThat(definition().title()).isEqualTo(text("客户满意度调查", "Customer survey"));
        }
    }

    @Nested
    class Sections {

        @Test
        void are_added_renamed_moved_and_deleted() throws Exception {
            perform(edit("/surveys/%d/sections".formatted(surveyId))
                    .param("sectionTitleZh", "销售服务品质").param("sectionTitleEn", "Sales service"))
                    .andExpect(flash().attribute("message", "editor.section.added"));
            List<Long> ids = sectionIds();
            assertThat(ids).hasSize(3);
            long added = ids.get(2);
            assertThat(sectionTitles()).containsExactly("Product", "Service", "Sales service");

            mvc.perform(get("/surveys/{id}/sections/{s}", surveyId, added).with(manager))
                    .andExpect(status().isOk())
                    .andExpect(view().name("surveys/section-form"))
                    .andExpect(content().string(containsString("销售服务品质")));
            perform(edit("/surveys/%d/sections/%d".formatted(surveyId, added))
                    .param("sectionTitleZh", "市场行销").param("sectionTitleEn", "Marketing"))
                    .andExpect(redirectedUrl("/surveys/" + surveyId + "/edit#section-" + added))
                    .andExpect(flash().attribute("message", "editor.section.saved"));
            assertThat(sectionTitles()).containsExactly("Product", "Service", "Marketing");

            perform(edit("/surveys/%d/sections/%d/move".formatted(surveyId, added)).param("step", "-1"))
                    .andExpect(flash().attribute("message", "editor.section.moved"));
            assertThat(sectionTitles()).containsExactly("Product", "Marketing", "Service");
            perform(edit("/surveys/%d/sections/%d/move".formatted(surveyId, ids.get(0))).param("step", "-1"));
            assertThat(sectionTitles()).containsExactly("Product", "Marketing", "Service");

            perform(edit("/surveys/%d/sections/%d/delete".formatted(surveyId, ids.get(0))))
                    .andExpect(redirectedUrl("/surveys/" + surveyId + "/edit"))
                    .andExpect(flash().attribute("message", "editor.section.deleted"));
            assertThat(sectionTitles()).containsExactly("Marketing", "Service");
            assertThat(definition().questions()).extracting(q -> q.text().en()).containsExactly("Delivery");
        }

        @Test
        void need_a_title_in_both_languages() throws Exception {
            perform(edit("/surveys/%d/sections".formatted(surveyId)).param("sectionTitleZh", "只有中文").param("sectionTitleEn", " "))
                    .andExpect(status().isOk())
                    .andExpect(view().name("surveys/edit"))
                    .andExpect(model().attributeHasFieldErrorCode("sectionForm", "sectionTitleEn", "NotBlank"));
            assertThat(sectionIds()).hasSize(2);
        }
    }

    @Nested
    class Questions {

        @Test
        void of_every_type_are_added_with_their_settings() throws Exception {
            long section = sectionIds().get(1);
            addQuestion(section, "LIKERT5", "textZh", "服务态度", "textEn", "Attitude", "required", "true",
                    "scored", "true", "points", "5", "positiveThreshold", "5");
            addQuestion(section, "RATING", "textZh", "整体", "textEn", "Overall", "required", "true", "scale", "ONE_TO_SEVEN",
                    "lowLabelZh", "很差", "lowLabelEn", "Poor", "highLabelZh", "很好", "highLabelEn", "Great",
                    "scored", "true", "points", "12.5");
            addQuestion(section, "CSAT", "textZh", "满意吗", "textEn", "Satisfied?", "scale", "ONE_TO_TEN",
                    "positiveThreshold", "7");
            addQuestion(section, "NPS", "textZh", "推荐", "textEn", "Recommend?", "required", "true",
                    "lowLabelZh", "不可能", "lowLabelEn", "Not at all", "highLabelZh", "非常可能", "highLabelEn", "Very likely");
            addQuestion(section, "CES", "textZh", "容易吗", "textEn", "Easy?", "required", "true");
            addQuestion(section, "EXPECTATION_PAIR", "textZh", "交期", "textEn", "Lead time", "required", "true",
                    "weight", "0.25");
            addQuestion(section, "TEXT", "textZh", "建议", "textEn", "Suggestions", "maxLength", "2000");
            addQuestion(section, "CHOICE", "textZh", "渠道", "textEn", "Channel", "required", "true",
                    "multipleChoice", "true", "choices", "电话 | Phone\r\n\r\n  邮件|E-mail  \n展会 | Trade fair");

            List<QuestionDefinition> questions = definition().sections().get(1).questions();
            assertThat(questions).extracting(QuestionDefinition::type).containsExactly(QuestionType.LIKERT5,
                    QuestionType.LIKERT5, QuestionType.RATING, QuestionType.CSAT, QuestionType.NPS, QuestionType.CES,
                    QuestionType.EXPECTATION_PAIR, QuestionType.TEXT, QuestionType.CHOICE);
            assertThat(questions.get(1)).isEqualTo(QuestionDefinition.likert5(text("服务态度", "Attitude"))
                    .withScore(new BigDecimal("5.00")).withPositiveThreshold(5));
            assertThat(questions.get(2)).isEqualTo(QuestionDefinition.rating(text("整体", "Overall"), Scale.ONE_TO_SEVEN,
                    text("很差", "Poor"), text("很好", "Great")).withScore(new BigDecimal("12.50")));
            assertThat(questions.get(3)).isEqualTo(stored(QuestionDefinition.csat(text("满意吗", "Satisfied?"),
                    Scale.ONE_TO_TEN, null, null).withRequired(false).withPositiveThreshold(7)));
            assertThat(questions.get(4)).isEqualTo(stored(QuestionDefinition.nps(text("推荐", "Recommend?"),
                    text("不可能", "Not at all"), text("非常可能", "Very likely"))));
            assertThat(questions.get(5).scale()).isEqualTo(Scale.ONE_TO_SEVEN);
            assertThat(questions.get(6).weight()).isEqualByComparingTo("0.25");
            assertThat(questions.get(6).scale()).isEqualTo(Scale.ONE_TO_TEN);
            assertThat(questions.get(7).maxLength()).isEqualTo(2000);
            assertThat(questions.get(7).required()).isFalse();
            assertThat(questions.get(8).multipleChoice()).isTrue();
            assertThat(questions.get(8).choices()).containsExactly(text("电话", "Phone"), text("邮件", "E-mail"),
                    text("展会", "Trade fair"));
            assertThat(definition().problems()).isEmpty();
        }

        @Test
        void settings_a_type_does_not_offer_are_not_stored() throws Exception {
            long section = sectionIds().get(1);
            addQuestion(section, "TEXT", "textZh", "备注", "textEn", "Remarks", "scale", "ONE_TO_TEN",
                    "weight", "3", "positiveThreshold", "4", "choices", "甲 | A\n乙 | B", "lowLabelZh", "低",
                    "scored", "true", "points", "5");
            addQuestion(section, "EXPECTATION_PAIR", "textZh", "交期", "textEn", "Lead time", "weight", "1",
                    "lowLabelZh", "低", "lowLabelEn", "Low", "highLabelZh", "高", "highLabelEn", "High",
                    "positiveThreshold", "3", "maxLength", "10");

            List<QuestionDefinition> stored = definition().sections().get(1).questions();
            assertThat(stored.get(1)).isEqualTo(stored(QuestionDefinition.text(text("备注", "Remarks"))));
            assertThat(stored.get(2)).isEqualTo(stored(QuestionDefinition.expectationPair(text("交期", "Lead time"),
                    BigDecimal.ONE).withRequired(false)));
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource({
                "LIKERT5,          textZh textEn required scored points positiveThreshold",
                "RATING,           textZh textEn required scored points scale lowLabelZh lowLabelEn highLabelZh highLabelEn positiveThreshold",
                "CSAT,             textZh textEn required scored points scale lowLabelZh lowLabelEn highLabelZh highLabelEn positiveThreshold",
                "NPS,              textZh textEn required scored points lowLabelZh lowLabelEn highLabelZh highLabelEn",
                "CES,              textZh textEn required scored points lowLabelZh lowLabelEn highLabelZh highLabelEn",
                "EXPECTATION_PAIR, textZh textEn required scored points weight",
                "TEXT,             textZh textEn required maxLength",
                "CHOICE,           textZh textEn required multipleChoice choices",
        })
        void the_form_of_each_type_offers_only_the_settings_that_apply_to_it(String type, String fields) throws Exception {
            long section = sectionIds().get(0);
            Document form = new PageClient(mvc, manager, "en")
                    .open("/surveys/" + surveyId + "/sections/" + section + "/questions/new?type=" + type);

            assertThat(form.select("main form [name]").eachAttr("name")).filteredOn(name -> !name.startsWith("_"))
                    .containsExactlyInAnyOrder(fields.split(" "));
        }

        @Test
        void are_edited_with_the_form_showing_their_settings() throws Exception {
            long questionId = questionIds().get(0);

            mvc.perform(get("/surveys/{id}/questions/{q}", surveyId, questionId).with(manager))
                    .andExpect(status().isOk())
                    .andExpect(view().name(QUESTION_FORM))
                    .andExpect(model().attribute("questionForm", QuestionForm.of(
                            QuestionDefinition.likert5(text("产品质量", "Product quality")))))
                    .andExpect(content().string(containsString("产品质量")));

            perform(edit("/surveys/%d/questions/%d".formatted(surveyId, questionId))
                    .param("textZh", "产品品质").param("textEn", "Quality of the product")
                    .param("_required", "on").param("scored", "true").param("points", "20"))
                    .andExpect(redirectedUrl("/surveys/" + surveyId + "/edit#question-" + questionId))
                    .andExpect(flash().attribute("message", "editor.question.saved"));

            QuestionDefinition edited = definition().sections().get(0).questions().get(0);
            assertThat(edited).isEqualTo(QuestionDefinition.likert5(text("产品品质", "Quality of the product"))
                    .withRequired(false).withScore(new BigDecimal("20.00")));
        }

        @Test
        void are_moved_and_deleted() throws Exception {
            List<Long> ids = questionIds();

            perform(edit("/surveys/%d/questions/%d/move".formatted(surveyId, ids.get(1))).param("step", "-1"))
                    .andExpect(redirectedUrl("/surveys/" + surveyId + "/edit#question-" + ids.get(1)))
                    .andExpect(flash().attribute("message", "editor.question.moved"));
            assertThat(questionTexts()).containsExactly("Suggestions", "Product quality", "Delivery");

            perform(edit("/surveys/%d/questions/%d/move".formatted(surveyId, ids.get(0))).param("step", "1"));
            assertThat(questionTexts()).as("the last of a section stays last").containsExactly(
                    "Suggestions", "Product quality", "Delivery");

            perform(edit("/surveys/%d/questions/%d/delete".formatted(surveyId, ids.get(0))))
                    .andExpect(flash().attribute("message", "editor.question.deleted"));
            assertThat(questionTexts()).containsExactly("Suggestions", "Delivery");
        }
    }

    @Nested
    class Deleting_asks_first {

        @Test
        void a_section_is_deleted_with_its_questions_only_once_the_author_confirms_on_a_page_listing_them() throws Exception {
            long sectionId = sectionIds().get(0);
            PageClient author = new PageClient(mvc, manager, "en");
            Document editor = author.open("/surveys/" + surveyId + "/edit");
            assertThat(editor.select("form[action$=/sections/" + sectionId + "/delete]"))
                    .as("no button deletes at once").isEmpty();

            Document confirmation = author.click(editor, "a[href$=/sections/" + sectionId + "/delete]");

            assertThat(confirmation.select("h1").text()).isEqualTo("Delete section 1 \"Product\"?");
            assertThat(confirmation.select("main p").first().text())
                    .isEqualTo("The section will be deleted together with the 2 questions below. This cannot be undone.");
            assertThat(confirmation.select(".confirm-items li").eachText()).containsExactly("Product quality", "Suggestions");
            assertThat(confirmation.select("a.button").attr("href")).isEqualTo("/surveys/" + surveyId + "/edit#section-" + sectionId);
            assertThat(sectionTitles()).as("nothing deleted yet").containsExactly("Product", "Service");

            Document after = author.follow(author.submit(confirmation.selectFirst("main form")));

            assertThat(after.select(".flash").text()).isEqualTo("Section deleted.");
            assertThat(after.text()).doesNotContain("Product quality", "Suggestions");
            assertThat(sectionTitles()).containsExactly("Service");
            assertThat(questionTexts()).containsExactly("Delivery");
        }

        @Test
        void a_question_is_deleted_only_once_the_author_confirms_on_a_page_naming_it() throws Exception {
            long questionId = questionIds().get(1);
            PageClient author = new PageClient(mvc, manager, "zh");
            Document editor = author.open("/surveys/" + surveyId + "/edit");
            assertThat(editor.select("form[action$=/questions/" + questionId + "/delete]")).isEmpty();

            Document confirmation = author.click(editor, "a[href$=/questions/" + questionId + "/delete]");

            assertThat(confirmation.select("h1").text()).isEqualTo("删除第 1 部分第 2 题？");
            assertThat(confirmation.select(".confirm-items li").eachText()).containsExactly("建议");
            assertThat(confirmation.select("main form button").text()).isEqualTo("删除题目");

            Document after = author.follow(author.submit(confirmation.selectFirst("main form")));

            assertThat(after.select(".flash").text()).isEqualTo("问题已删除。");
            assertThat(questionTexts()).containsExactly("Product quality", "Delivery");
        }

        @Test
        void an_executive_may_not_open_the_page_that_deletes_a_section() throws Exception {
            RequestPostProcessor executive = user(accounts.create(Role.EXECUTIVE).getUsername()).roles("EXECUTIVE");

            mvc.perform(get("/surveys/{id}/sections/{section}/delete", surveyId, sectionIds().get(1)).with(executive))
                    .andExpect(status().isForbidden());
        }
    }

    @Nested
    class Invalid_questions_show_the_form_again_and_store_nothing {

        @Test
        void every_problem_of_a_new_question_is_reported_at_once_shape_and_rules_together() throws Exception {
            SurveyDefinition before = definition();
            long section = sectionIds().get(0);

            String html = perform(edit("/surveys/%d/sections/%d/questions/new".formatted(surveyId, section))
                    .param("type", "CSAT").param("lang", "en")
                    .param("textZh", "长".repeat(1001)).param("textEn", "")
                    .param("scored", "true").param("points", "ten")
                    .param("scale", "ONE_TO_FIVE").param("positiveThreshold", "6"))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrorCode("questionForm", "textZh", "Size"))
                    .andExpect(model().attributeHasFieldErrorCode("questionForm", "points", "Pattern"))
                    .andExpect(model().attributeHasFieldErrorCode("questionForm", "textEn", "question.text.required"))
                    .andExpect(model().attributeHasFieldErrorCode("questionForm", "positiveThreshold",
                            "question.threshold.outsideScale"))
                    .andReturn().getResponse().getContentAsString();

            Document form = Jsoup.parse(html);
            assertThat(form.select(".field-error").eachText()).containsExactlyInAnyOrder(
                    "A question has at most 1000 characters.",
                    "Enter the question in Chinese and English.",
                    "Enter a positive number with at most two decimals, such as 10 or 2.5.",
                    "The positive threshold 6 lies outside the scale 1–5.");
            assertThat(form.select(".error-summary p").text()).isEqualTo("Please correct these 4 problems:");
            assertThat(form.select(".error-summary li")).hasSize(4);
            assertThat(form.select("#points").val()).as("what was typed is kept").isEqualTo("ten");
            assertThat(definition()).isEqualTo(before);
        }

        @Test
        void every_problem_of_an_edited_question_is_reported_at_once() throws Exception {
            long questionId = questionIds().get(0);
            SurveyDefinition before = definition();

            String html = perform(edit("/surveys/%d/questions/%d".formatted(surveyId, questionId)).param("lang", "en")
                    .param("textZh", "产品质量").param("textEn", "Q".repeat(1001))
                    .param("positiveThreshold", "9").param("points", "-1"))
                    .andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();

            assertThat(Jsoup.parse(html).select(".field-error").eachText()).containsExactlyInAnyOrder(
                    "A question has at most 1000 characters.",
                    "Enter a positive number with at most two decimals, such as 10 or 2.5.",
                    "The positive threshold 9 lies outside the scale 1–5.");
            assertThat(definition()).isEqualTo(before);
        }

        @Test
        void values_no_page_offers_read_as_nothing_chosen_and_the_form_comes_back_with_its_problems() throws Exception {
            refused("RATING", "scale", "question.scale.notAllowed", "textZh", "整体", "textEn", "Overall",
                    "scale", "ONE_TO_ELEVEN", "required", "maybe", "scored", "真", "points", "ten")
                    .andExpect(model().attributeHasFieldErrorCode("questionForm", "points", "Pattern"))
                    .andExpect(content().string(containsString("Choose a scale this question type allows.")));
        }

        @Test
        void a_choice_question_without_choices() throws Exception {
            refused("CHOICE", "choices", "question.choices.required",
                    "textZh", "渠道", "textEn", "Channel", "choices", "\n \n")
                    .andExpect(content().string(containsString("A choice question needs at least two choices.")));
        }

        @Test
        void a_positive_threshold_outside_the_scale() throws Exception {
            refused("CSAT", "positiveThreshold", "question.threshold.outsideScale",
                    "textZh", "满意吗", "textEn", "Satisfied?", "scale", "ONE_TO_FIVE", "positiveThreshold", "6")
                    .andExpect(content().string(containsString("The positive threshold 6 lies outside the scale 1–5.")));
        }

        @Test
        void a_choice_line_without_both_languages() throws Exception {
            refused("CHOICE", "choices", "editor.choices.malformed",
                    "textZh", "渠道", "textEn", "Channel", "choices", "电话 | Phone\n邮件\n展会 | ")
                    .andExpect(content().string(containsString("Line 2 must read &quot;中文 | English&quot;: 邮件")))
                    .andExpect(content().string(containsString("Line 3 must read")))
                    .andExpect(content().string(not(containsString("at least two choices"))));
        }

        @Test
        void an_over_long_text_and_a_missing_translation() throws Exception {
            refused("TEXT", "textZh", "Size", "textZh", "长".repeat(1001), "textEn", "Long");
            refused("NPS", "textEn", "question.text.required", "textZh", "推荐", "textEn", "");
        }

        @Test
        void numbers_that_do_not_parse_or_fall_outside_their_range() throws Exception {
            refused("EXPECTATION_PAIR", "weight", "Pattern", "textZh", "交期", "textEn", "Lead time", "weight", "-1");
            refused("EXPECTATION_PAIR", "weight", "question.weight.required", "textZh", "交期", "textEn", "Lead time",
                    "weight", "");
            refused("TEXT", "maxLength", "question.maxLength.range", "textZh", "建议", "textEn", "Ideas", "maxLength", "5000");
            refused("RATING", "points", "Pattern", "textZh", "整体", "textEn", "Overall", "scale", "ONE_TO_FIVE",
                    "points", "ten");
        }

        @Test
        void an_edit_that_would_break_a_question() throws Exception {
            long questionId = questionIds().get(0);
            perform(edit("/surveys/%d/questions/%d".formatted(surveyId, questionId))
                    .param("textZh", "产品质量").param("textEn", "Product quality").param("positiveThreshold", "9"))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrorCode("questionForm", "positiveThreshold",
                            "question.threshold.outsideScale"));
            assertThat(definition().questions().get(0))
                    .isEqualTo(stored(QuestionDefinition.likert5(text("产品质量", "Product quality"))));
        }

        private ResultActions refused(String type, String field, String code,
                                                                          String... params) throws Exception {
            SurveyDefinition before = definition();
            long section = sectionIds().get(0);
            MockHttpServletRequestBuilder request = edit("/surveys/%d/sections/%d/questions/new".formatted(surveyId, section))
                    .param("type", type).param("lang", "en");
            for (int i = 0; i < params.length; i += 2) {
                request.param(params[i], params[i + 1]);
            }
            var result = perform(request)
                    .andExpect(status().isOk())
                    .andExpect(view().name(QUESTION_FORM))
                    .andExpect(model().attributeHasFieldErrorCode("questionForm", field, code));
            assertThat(definition()).isEqualTo(before);
            return result;
        }
    }

    @Nested
    class A_published_survey {

        @Test
        void cannot_be_edited() throws Exception {
            long sectionId = sectionIds().get(0);
            long questionId = questionIds().get(0);
            transaction.executeWithoutResult(status -> surveys.findById(surveyId).orElseThrow().publish(Instant.now()));
            SurveyDefinition before = definition();
            String toSurvey = "/surveys/" + surveyId;

            mvc.perform(get("/surveys/{id}/edit", surveyId).with(manager))
                    .andExpect(redirectedUrl(toSurvey))
                    .andExpect(flash().attribute("message", "survey.frozen"));
            perform(edit("/surveys/%d/edit".formatted(surveyId)).param("titleZh", "改").param("titleEn", "Changed"))
                    .andExpect(redirectedUrl(toSurvey))
                    .andExpect(flash().attribute("message", "survey.frozen"));
            perform(edit("/surveys/%d/sections".formatted(surveyId)).param("sectionTitleZh", "新").param("sectionTitleEn", ""))
                    .andExpect(redirectedUrl(toSurvey));
            perform(edit("/surveys/%d/sections/%d/delete".formatted(surveyId, sectionId))).andExpect(redirectedUrl(toSurvey));
            perform(edit("/surveys/%d/sections/%d/questions/new".formatted(surveyId, sectionId)).param("type", "TEXT")
                    .param("textZh", "新").param("textEn", "New")).andExpect(redirectedUrl(toSurvey));
            perform(edit("/surveys/%d/questions/%d".formatted(surveyId, questionId))
                    .param("textZh", "改").param("textEn", "Changed")).andExpect(redirectedUrl(toSurvey));
            perform(edit("/surveys/%d/questions/%d/move".formatted(surveyId, questionId)).param("step", "1"))
                    .andExpect(redirectedUrl(toSurvey));
            perform(edit("/surveys/%d/questions/%d/delete".formatted(surveyId, questionId))).andExpect(redirectedUrl(toSurvey));

            assertThat(definition()).isEqualTo(before);
        }
    }

    private void addQuestion(long sectionId, String type, String... params) throws Exception {
        MockHttpServletRequestBuilder request = edit("/surveys/%d/sections/%d/questions/new".formatted(surveyId, sectionId))
                .param("type", type);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        perform(request)
                .andExpect(redirectedUrlPattern())
                .andExpect(flash().attribute("message", "editor.question.added"));
    }

    private MockHttpServletRequestBuilder edit(String url) {
        return post(url).with(manager).with(csrf());
    }

    private ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request);
    }

    private org.springframework.test.web.servlet.ResultMatcher redirectedUrlPattern() {
        return org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern(
                "/surveys/" + surveyId + "/edit#*");
    }

    private long draft(SurveyDefinition definition) {
        return surveys.save(Survey.draftOf(definition, Instant.now())).getId();
    }

    private <T> T read(Function<Survey, T> reading) {
        return transaction.execute(status -> reading.apply(surveys.findById(surveyId).orElseThrow()));
    }

    private SurveyDefinition definition() {
        return read(Survey::toDefinition);
    }

    private List<Long> sectionIds() {
        return read(survey -> survey.getSections().stream().map(SurveySection::getId).toList());
    }

    private List<String> sectionTitles() {
        return definition().sections().stream().map(section -> section.title().en()).toList();
    }

    private List<Long> questionIds() {
        return read(survey -> survey.questions().stream().map(q -> q.getId()).toList());
    }

    private List<String> questionTexts() {
        return definition().questions().stream().map(q -> q.text().en()).toList();
    }

    /** {@code question} as the database gives it back: points with 2 decimals. */
    private static QuestionDefinition stored(QuestionDefinition question) {
        return new QuestionDefinition(question.type(), question.text(), question.required(), question.scored(),
                question.points().setScale(2), question.scale(), question.lowLabel(), question.highLabel(),
                question.positiveThreshold(), question.weight(), question.maxLength(), question.multipleChoice(),
                question.choices());
    }

    private static LocalizedText text(String zh, String en) {
        return LocalizedText.of(zh, en);
    }
}
