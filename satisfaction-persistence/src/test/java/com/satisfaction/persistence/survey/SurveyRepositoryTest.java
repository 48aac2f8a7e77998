package com.satisfaction.persistence.survey;

import com.satisfaction.core.survey.LocalizedText;
import com.satisfaction.core.survey.QuestionDefinition;
import com.satisfaction.core.survey.Scale;
import com.satisfaction.core.survey.SectionDefinition;
import com.satisfaction.core.survey.SurveyDefinition;
import com.satisfaction.persistence.testdb.PostgresTestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.ContextConfiguration;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(initializers = PostgresTestDatabase.Initializer.class)
class SurveyRepositoryTest {

    private static final SurveyDefinition DEFINITION = SurveyDefinition.of(
            LocalizedText.of("回访", "Follow-up"), LocalizedText.of("说明", "Intro"),
            SectionDefinition.of(LocalizedText.of("一", "One"),
                    QuestionDefinition.likert5(LocalizedText.of("交期", "Lead time")),
                    QuestionDefinition.csat(LocalizedText.of("满意", "Satisfied"), Scale.ONE_TO_SEVEN,
                            LocalizedText.of("低", "Low"), LocalizedText.of("高", "High")).withPositiveThreshold(6)),
            SectionDefinition.of(LocalizedText.of("二", "Two"),
                    QuestionDefinition.multipleChoice(LocalizedText.of("渠道", "Channels"),
                            List.of(LocalizedText.of("邮件", "Mail"), LocalizedText.of("电话", "Phone"))),
                    QuestionDefinition.expectationPair(LocalizedText.of("准时", "On time"), new BigDecimal("0.4")),
                    QuestionDefinition.text(LocalizedText.of("建议", "Suggestions")).withMaxLength(500)));

    @Autowired
    SurveyRepository surveys;

    @Autowired
    EntityManager entityManager;

    @Test
    void a_survey_reads_back_exactly_as_it_was_defined() {
        long id = surveys.saveAndFlush(Survey.draftOf(DEFINITION, Instant.now())).getId();
        entityManager.clear();

        assertThat(surveys.findById(id).orElseThrow().toDefinition()).isEqualTo(DEFINITION);
    }

    @Test
    void questions_and_sections_move_and_go_in_a_draft() {
        Survey survey = surveys.saveAndFlush(Survey.draftOf(DEFINITION, Instant.now()));
        SurveySection second = survey.getSections().get(1);
        Question text = second.getQuestions().get(2);

        survey.moveSection(second, -1);
        survey.moveQuestion(text, -1);
        survey.removeQuestion(second.getQuestions().get(0));
        surveys.saveAndFlush(survey);
        entityManager.clear();

        SurveyDefinition stored = surveys.findById(survey.getId()).orElseThrow().toDefinition();
        assertThat(stored.sections()).extracting(s -> s.title().en()).containsExactly("Two", "One");
        assertThat(stored.sections().get(0).questions()).extracting(q -> q.text().en())
                .containsExactly("Suggestions", "On time");
    }

    @Test
    void a_published_survey_refuses_every_change() {
        Survey survey = Survey.draftOf(DEFINITION, Instant.now());
        survey.publish(Instant.now());

        assertThatThrownBy(() -> survey.describe(LocalizedText.of("新", "New"), LocalizedText.EMPTY))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> survey.addSection(SectionDefinition.of(LocalizedText.of("三", "Three"))))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> survey.removeQuestion(survey.questions().get(0)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_list_counts_responses_and_filters_by_status_and_title() {
        Survey draft = surveys.saveAndFlush(Survey.draftOf(DEFINITION, Instant.now()));

        assertThat(surveys.search("follow", SurveyStatus.DRAFT))
                .anySatisfy(row -> {
                    assertThat(row.id()).isEqualTo(draft.getId());
                    assertThat(row.responses()).isZero();
                });
        assertThat(surveys.search("follow", SurveyStatus.PUBLISHED)).noneMatch(row -> row.id() == draft.getId());
        assertThat(surveys.search("回访", null)).anyMatch(row -> row.id() == draft.getId());
    }
}
