package com.satisfaction.persistence.response;

import com.satisfaction.core.scoring.Score;
import com.satisfaction.core.scoring.SurveyScore;
import com.satisfaction.core.survey.Language;
import com.satisfaction.core.survey.LocalizedText;
import com.satisfaction.core.survey.QuestionDefinition;
import com.satisfaction.core.survey.SectionDefinition;
import com.satisfaction.core.survey.SurveyDefinition;
import com.satisfaction.persistence.survey.Survey;
import com.satisfaction.persistence.survey.SurveyRepository;
import com.satisfaction.persistence.testdb.PostgresTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.context.ContextConfiguration;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(initializers = PostgresTestDatabase.Initializer.class)
class ResponseRepositoryTest {

    @Autowired
    SurveyRepository surveys;

    @Autowired
    RecipientRepository recipients;

    @Autowired
    ResponseRepository responses;

    Survey survey;

    @BeforeEach
    void publishedSurvey() {
        Survey draft = Survey.draftOf(SurveyDefinition.of(LocalizedText.of("问卷", "Survey"), LocalizedText.EMPTY,
                SectionDefinition.of(LocalizedText.of("一", "One"), QuestionDefinition.likert5(LocalizedText.of("交期", "Lead time")))),
                Instant.now());
        draft.publish(Instant.now());
        survey = surveys.saveAndFlush(draft);
    }

    @Test
    void the_database_holds_a_link_to_one_response() {
        Recipient link = link();
        responses.saveAndFlush(new Response(link, Language.ZH, null, Instant.now()));

        assertThatThrownBy(() -> responses.saveAndFlush(new Response(link, Language.ZH, null, Instant.now())))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void the_summary_gives_count_and_exact_mean_and_no_data_without_scores() {
        assertThat(responses.summaryOfSurvey(survey.getId()).meanSurveyScore()).isEmpty();

        for (int points : new int[] {96, 96, 97}) {
            Response response = new Response(link(), Language.ZH, null, Instant.now());
            response.scoreAs(SurveyScore.ofUnits(points * SurveyScore.UNITS_PER_POINT, 100 * SurveyScore.UNITS_PER_POINT));
            responses.saveAndFlush(response);
        }
        responses.saveAndFlush(new Response(link(), Language.EN, null, Instant.now()));

        ResponseSummary summary = responses.summaryOfSurvey(survey.getId());
        assertThat(summary.responses()).isEqualTo(4);
        assertThat(summary.scored()).isEqualTo(3);
        assertThat(summary.meanSurveyScore().orElseThrow().display()).isEqualTo("96.3");
    }

    @Test
    void the_mean_from_sql_sums_is_exact_even_when_the_responses_had_different_points_possible() {
        // 25 of 30 points (83.33…) and 17 of 20 (85): the exact mean is 84.1666…, no stored rounding involved
        long unit = SurveyScore.UNITS_PER_POINT;
        for (long[] score : new long[][] {{25, 30}, {17, 20}, {25, 30}}) {
            Response response = new Response(link(), Language.ZH, null, Instant.now());
            response.scoreAs(SurveyScore.ofUnits(score[0] * unit, score[1] * unit));
            responses.saveAndFlush(response);
        }

        Score mean = responses.summaryOfSurvey(survey.getId()).meanSurveyScore().orElseThrow();

        assertThat(mean).isEqualTo(Score.ratio(250, 3).plus(Score.ratio(250, 3)).plus(Score.of(85)).dividedBy(Score.of(3)));
    }

    @Test
    void a_link_is_opened_once() {
        Recipient link = link();
        Instant first = Instant.parse("2026-01-05T08:00:00Z");

        assertThat(recipients.markOpened(link.getId(), first)).isEqualTo(1);
        assertThat(recipients.markOpened(link.getId(), first.plusSeconds(60))).isZero();
    }

    private Recipient link() {
        return recipients.saveAndFlush(Recipient.testLink(survey, "test", Language.ZH,
                UUID.randomUUID().toString().replace("-", ""), Instant.now()));
    }
}
