package com.satisfaction.core.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SurveyTemplateTest {

    @Test
    void there_are_the_four_templates_of_the_spec_in_its_order() {
        assertThat(SurveyTemplate.values()).containsExactly(SurveyTemplate.SEED_QUESTIONNAIRE,
                SurveyTemplate.NPS_WITH_REASON, SurveyTemplate.SERVQUAL, SurveyTemplate.TRANSACTIONAL_CSAT_CES);
    }

    @Nested
    class Every_template {

        @ParameterizedTest
        @EnumSource(SurveyTemplate.class)
        void builds_a_survey_that_can_be_published(SurveyTemplate template) {
            assertThat(template.definition().problems()).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(SurveyTemplate.class)
        void has_every_text_in_both_chinese_and_english(SurveyTemplate template) {
            assertThat(textsOf(template)).allSatisfy(text -> assertThat(text.isComplete())
                    .as("complete: %s", text).isTrue());
        }

        @ParameterizedTest
        @EnumSource(SurveyTemplate.class)
        void gives_end_labels_in_both_languages_wherever_it_sets_them(SurveyTemplate template) {
            assertThat(template.definition().questions()).allSatisfy(question -> {
                assertThat(question.lowLabel().isBlank() || question.lowLabel().isComplete()).isTrue();
                assertThat(question.highLabel().isBlank() || question.highLabel().isComplete()).isTrue();
            });
        }

        @ParameterizedTest
        @EnumSource(SurveyTemplate.class)
        void builds_the_same_survey_every_time(SurveyTemplate template) {
            assertThat(template.definition()).isEqualTo(template.definition());
        }

        /** Title, intro, label, description, section titles, question texts, choices and the labels a scale shows. */
        private List<LocalizedText> textsOf(SurveyTemplate template) {
            SurveyDefinition survey = template.definition();
            List<LocalizedText> texts = new ArrayList<>(List.of(
                    template.label(), template.description(), survey.title(), survey.intro()));
            for (SectionDefinition section : survey.sections()) {
                texts.add(section.title());
                for (QuestionDefinition question : section.questions()) {
                    texts.add(question.text());
                    texts.addAll(question.choices());
                    if (question.type().isScaled() && question.type() != QuestionType.LIKERT5) {
                        texts.add(question.lowLabel());
                        texts.add(question.highLabel());
                    }
                }
            }
            return texts;
        }
    }

    @Nested
    class The_seed_questionnaire {

        private final SurveyDefinition survey = SurveyTemplate.SEED_QUESTIONNAIRE.definition();

        @Test
        void is_titled_like_the_paper_form() {
            assertThat(survey.title()).isEqualTo(LocalizedText.of("客户满意度调查表", "Customer satisfaction survey"));
        }

        @Test
        void has_the_seed_sections_in_order_then_the_suggestions() {
            assertThat(survey.sections()).extracting(section -> section.title().zh()).containsExactly(
                    "1. 产品的服务品质",
                    "2. 产品竞争力",
                    "3.1 销售服务品质：业务与技术支持的服务品质",
                    "3.2 销售服务品质：市场行销的服务品质（产品型录）",
                    "客户建议事项");
        }

        @Test
        void has_five_three_five_three_items_and_one_suggestion() {
            assertThat(survey.sections()).extracting(section -> section.questions().size())
                    .containsExactly(5, 3, 5, 3, 1);
        }

        @Test
        void asks_the_seed_items_in_chinese() {
            assertThat(itemTexts(0)).containsExactly(
                    "从下单到出货时间的满意度", "产品稳定度", "产品及操作手册使用的简易性",
                    "交货货品及数量的正确性", "产品故障排除满意度");
            assertThat(itemTexts(1)).contains("产品规格是否符合您的实际需求", "推出新产品的速度");
            assertThat(itemTexts(2)).containsExactly(
                    "语言沟通与表达能力", "专业技术能力", "服务态度", "问题处理能力", "客户问题的反馈速度");
            assertThat(itemTexts(3)).containsExactly("外观设计", "产品查询容易度", "内容实用性");
        }

        @Test
        void rates_every_item_on_five_levels_scored_ten_points_and_required() {
            List<QuestionDefinition> items = survey.questions().subList(0, 16);
            assertThat(items).allSatisfy(item -> {
                assertThat(item.type()).isEqualTo(QuestionType.LIKERT5);
                assertThat(item.scale()).isEqualTo(Scale.LIKERT5);
                assertThat(item.scored()).isTrue();
                assertThat(item.points()).isEqualByComparingTo("10");
                assertThat(item.required()).isTrue();
            });
        }

        @Test
        void ends_with_optional_suggestions_of_up_to_2000_characters() {
            QuestionDefinition suggestions = survey.questions().get(survey.questions().size() - 1);

            assertThat(suggestions.type()).isEqualTo(QuestionType.TEXT);
            assertThat(suggestions.required()).isFalse();
            assertThat(suggestions.scored()).isFalse();
            assertThat(suggestions.maxLength()).isEqualTo(2000);
        }

        @Test
        void introduces_itself_with_thanks_duration_and_confidentiality() {
            assertThat(survey.intro().zh()).contains("感谢", "分钟", "保密");
            assertThat(survey.intro().en()).contains("thank", "minutes", "confidential");
        }

        private List<String> itemTexts(int section) {
            return survey.sections().get(section).questions().stream().map(q -> q.text().zh()).toList();
        }
    }

    @Nested
    class The_nps_template {

        private final SurveyDefinition survey = SurveyTemplate.NPS_WITH_REASON.definition();

        @Test
        void asks_first_how_likely_the_customer_is_to_recommend_us_on_zero_to_ten() {
            QuestionDefinition nps = survey.questions().get(0);

            assertThat(nps.type()).isEqualTo(QuestionType.NPS);
            assertThat(nps.scale()).isEqualTo(Scale.ZERO_TO_TEN);
            assertThat(nps.required()).isTrue();
            assertThat(nps.lowLabel()).isEqualTo(LocalizedText.of("完全不可能", "Not at all likely"));
            assertThat(nps.highLabel()).isEqualTo(LocalizedText.of("极有可能", "Extremely likely"));
        }

        @Test
        void then_asks_optionally_for_the_main_reason() {
            assertThat(survey.questions()).hasSize(2);
            QuestionDefinition reason = survey.questions().get(1);

            assertThat(reason.type()).isEqualTo(QuestionType.TEXT);
            assertThat(reason.required()).isFalse();
            assertThat(reason.text().en()).containsIgnoringCase("reason");
        }
    }

    @Nested
    class The_servqual_template {

        private final SurveyDefinition survey = SurveyTemplate.SERVQUAL.definition();

        @Test
        void has_the_five_dimensions_in_order_then_the_suggestions() {
            assertThat(survey.sections()).extracting(SectionDefinition::title).containsExactly(
                    LocalizedText.of("信赖度", "Reliability"),
                    LocalizedText.of("专业度", "Assurance"),
                    LocalizedText.of("有形度", "Tangibles"),
                    LocalizedText.of("同理度", "Empathy"),
                    LocalizedText.of("反应度", "Responsiveness"),
                    LocalizedText.of("客户建议事项", "Suggestions"));
        }

        @Test
        void asks_two_to_four_expectation_pairs_per_dimension() {
            assertThat(dimensions()).allSatisfy(section -> {
                assertThat(section.questions()).hasSizeBetween(2, 4);
                assertThat(section.questions()).extracting(QuestionDefinition::type)
                        .containsOnly(QuestionType.EXPECTATION_PAIR);
            });
        }

        @Test
        void weights_the_indicators_of_each_dimension_equally_to_one() {
            assertThat(dimensions()).allSatisfy(section -> {
                List<BigDecimal> weights = section.questions().stream().map(QuestionDefinition::weight).toList();
                assertThat(weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1");
                assertThat(weights).allSatisfy(weight -> assertThat(weight).isEqualByComparingTo(weights.get(0)));
            });
        }

        @Test
        void ends_with_optional_suggestions() {
            List<QuestionDefinition> last = survey.sections().get(5).questions();

            assertThat(last).singleElement().satisfies(question -> {
                assertThat(question.type()).isEqualTo(QuestionType.TEXT);
                assertThat(question.required()).isFalse();
            });
        }

        private List<SectionDefinition> dimensions() {
            return survey.sections().subList(0, 5);
        }
    }

    @Nested
    class The_transactional_template {

        private final List<QuestionDefinition> questions = SurveyTemplate.TRANSACTIONAL_CSAT_CES.definition()
                .questions();

        @Test
        void asks_csat_on_one_to_five_from_very_dissatisfied_to_very_satisfied() {
            QuestionDefinition csat = questions.get(0);

            assertThat(csat.type()).isEqualTo(QuestionType.CSAT);
            assertThat(csat.scale()).isEqualTo(Scale.ONE_TO_FIVE);
            assertThat(csat.lowLabel()).isEqualTo(LocalizedText.of("非常不满意", "Very dissatisfied"));
            assertThat(csat.highLabel()).isEqualTo(LocalizedText.of("非常满意", "Very satisfied"));
        }

        @Test
        void asks_ces_on_one_to_seven_from_very_difficult_to_very_easy() {
            QuestionDefinition ces = questions.get(1);

            assertThat(ces.type()).isEqualTo(QuestionType.CES);
            assertThat(ces.scale()).isEqualTo(Scale.ONE_TO_SEVEN);
            assertThat(ces.lowLabel()).isEqualTo(LocalizedText.of("非常困难", "Very difficult"));
            assertThat(ces.highLabel()).isEqualTo(LocalizedText.of("非常容易", "Very easy"));
        }

        @Test
        void ends_with_an_optional_comment() {
            assertThat(questions).hasSize(3);
            assertThat(questions.get(2).type()).isEqualTo(QuestionType.TEXT);
            assertThat(questions.get(2).required()).isFalse();
        }
    }
}
