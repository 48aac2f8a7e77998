package com.satisfaction.core.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SurveyDefinitionTest {

    static final LocalizedText TITLE = LocalizedText.of("客户满意度调查表", "Customer satisfaction survey");
    static final LocalizedText SECTION = LocalizedText.of("产品的服务品质", "Product service quality");

    static QuestionDefinition item(String zh, String en) {
        return QuestionDefinition.likert5(LocalizedText.of(zh, en));
    }

    static QuestionDefinition pair(String weight) {
        return QuestionDefinition.expectationPair(LocalizedText.of("按时交货", "On-time delivery"),
                weight == null ? null : new BigDecimal(weight));
    }

    static SurveyDefinition survey(SectionDefinition... sections) {
        return SurveyDefinition.of(TITLE, LocalizedText.EMPTY, sections);
    }

    @Nested
    class A_survey {

        @Test
        void lists_its_questions_in_the_order_a_customer_meets_them() {
            QuestionDefinition a = item("产品稳定度", "Stability");
            QuestionDefinition b = item("服务态度", "Attitude");
            QuestionDefinition c = QuestionDefinition.text(LocalizedText.of("建议", "Suggestions"));

            SurveyDefinition survey = survey(SectionDefinition.of(SECTION, a, b), SectionDefinition.of(SECTION, c));

            assertThat(survey.questions()).containsExactly(a, b, c);
        }

        @Test
        void fills_what_is_left_out_with_empty_texts_and_no_sections() {
            SurveyDefinition survey = new SurveyDefinition(null, null, null);

            assertThat(survey.title()).isEqualTo(LocalizedText.EMPTY);
            assertThat(survey.intro()).isEqualTo(LocalizedText.EMPTY);
            assertThat(survey.sections()).isEmpty();
            assertThat(survey.questions()).isEmpty();
        }

        @Test
        void keeps_a_copy_of_its_sections_and_their_questions() {
            List<QuestionDefinition> questions = new ArrayList<>(List.of(item("服务态度", "Attitude")));
            List<SectionDefinition> sections = new ArrayList<>(List.of(new SectionDefinition(SECTION, questions)));
            SurveyDefinition survey = new SurveyDefinition(TITLE, null, sections);

            questions.clear();
            sections.clear();

            assertThat(survey.sections()).hasSize(1);
            assertThat(survey.questions()).hasSize(1);
        }

        @Test
        void with_a_section_left_without_title_or_questions_reads_as_empty() {
            SectionDefinition section = new SectionDefinition(null, null);

            assertThat(section.title()).isEqualTo(LocalizedText.EMPTY);
            assertThat(section.questions()).isEmpty();
        }
    }

    @Nested
    class Its_problems {

        @Test
        void are_none_for_a_complete_survey() {
            assertThat(survey(SectionDefinition.of(SECTION, item("服务态度", "Attitude"))).problems()).isEmpty();
        }

        @Test
        void include_a_title_missing_in_one_language() {
            SurveyDefinition survey = SurveyDefinition.of(LocalizedText.of("客户满意度调查表", ""), LocalizedText.EMPTY,
                    SectionDefinition.of(SECTION, item("服务态度", "Attitude")));

            assertThat(survey.problems()).containsExactly(
                    new SurveyProblem("survey.title.required", -1, -1, List.of()));
        }

        @Test
        void include_a_survey_without_sections() {
            assertThat(survey().problems()).containsExactly(
                    new SurveyProblem("survey.questions.required", -1, -1, List.of()));
        }

        @Test
        void include_a_survey_whose_only_section_is_empty_and_that_section() {
            assertThat(survey(SectionDefinition.of(SECTION)).problems()).containsExactly(
                    new SurveyProblem("survey.questions.required", -1, -1, List.of()),
                    new SurveyProblem("section.questions.required", 0, -1, List.of()));
        }

        @Test
        void include_an_empty_section_among_others_at_its_position() {
            SurveyDefinition survey = survey(SectionDefinition.of(SECTION, item("服务态度", "Attitude")),
                    SectionDefinition.of(SECTION));

            assertThat(survey.problems()).containsExactly(
                    new SurveyProblem("section.questions.required", 1, -1, List.of()));
        }

        @Test
        void include_a_section_title_missing_in_one_language_at_its_position() {
            SurveyDefinition survey = survey(SectionDefinition.of(SECTION, item("服务态度", "Attitude")),
                    SectionDefinition.of(LocalizedText.of("", "Competitiveness"), item("价格竞争力", "Price")));

            assertThat(survey.problems()).containsExactly(
                    new SurveyProblem("section.title.required", 1, -1, List.of()));
        }

        @Test
        void include_a_questions_problems_at_its_section_and_position_with_their_arguments() {
            QuestionDefinition badThreshold = QuestionDefinition.csat(LocalizedText.of("满意度", "Satisfaction"),
                    Scale.ONE_TO_FIVE, LocalizedText.of("低", "Low"), LocalizedText.of("高", "High"))
                    .withPositiveThreshold(7);
            SurveyDefinition survey = survey(SectionDefinition.of(SECTION, item("服务态度", "Attitude")),
                    SectionDefinition.of(SECTION, item("产品稳定度", "Stability"), badThreshold));

            assertThat(survey.problems()).containsExactly(
                    new SurveyProblem("question.threshold.outsideScale", 1, 1, List.of(7, 1, 5)));
        }

        @Test
        void include_a_section_of_expectation_pairs_all_weighing_zero() {
            SurveyDefinition survey = survey(SectionDefinition.of(SECTION, pair("0"), pair("0.00")));

            assertThat(survey.problems()).containsExactly(
                    new SurveyProblem("section.weights.allZero", 0, -1, List.of()));
        }

        @Test
        void accept_a_section_where_one_expectation_pair_weighs_more_than_zero() {
            assertThat(survey(SectionDefinition.of(SECTION, pair("0"), pair("0.01"), pair("0"))).problems()).isEmpty();
        }

        @Test
        void judge_the_weights_of_each_section_on_their_own() {
            SurveyDefinition survey = survey(SectionDefinition.of(SECTION, pair("1")),
                    SectionDefinition.of(SECTION, pair("0")));

            assertThat(survey.problems()).containsExactly(
                    new SurveyProblem("section.weights.allZero", 1, -1, List.of()));
        }

        @Test
        void do_not_count_a_missing_weight_as_a_weight() {
            SurveyDefinition survey = survey(SectionDefinition.of(SECTION, pair(null), pair("0")));

            assertThat(survey.problems()).containsExactly(
                    new SurveyProblem("question.weight.required", 0, 0, List.of()),
                    new SurveyProblem("section.weights.allZero", 0, -1, List.of()));
        }

        @Test
        void ignore_weights_in_a_section_without_expectation_pairs() {
            assertThat(survey(SectionDefinition.of(SECTION, item("服务态度", "Attitude"))).problems())
                    .noneMatch(problem -> problem.code().equals("section.weights.allZero"));
        }

        @Test
        void list_every_problem_of_the_survey_at_once() {
            SurveyDefinition survey = SurveyDefinition.of(LocalizedText.EMPTY, LocalizedText.EMPTY,
                    SectionDefinition.of(LocalizedText.EMPTY));

            assertThat(survey.problems()).extracting(SurveyProblem::code).containsExactly(
                    "survey.title.required", "survey.questions.required",
                    "section.title.required", "section.questions.required");
        }
    }
}
