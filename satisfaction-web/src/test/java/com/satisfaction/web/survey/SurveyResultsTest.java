package com.satisfaction.web.survey;

import com.satisfaction.core.period.Period;
import com.satisfaction.persistence.user.Role;
import com.satisfaction.web.PageClient;
import com.satisfaction.web.PostgresApplicationTest;
import com.satisfaction.web.TestAccounts;
import com.satisfaction.web.period.HalfYearFixture;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A survey's page shows its results per section and per question, and a response's page leads to the previous and
 * next response. Five responses: NPS 10, 9, 7, 3, 6 → 2 promoters, 1 passive, 2 detractors → 0.0, mean 35 ÷ 5 = 7.0; CSAT (1–5, positive
 * from 4) 5, 4, 3, 4, 2 → 3 of 5 = 60.0 %, mean 3.6; CES 7, 5, 4, 6, 1 → 3 of 5 = 60.0 %, mean 4.6. A sixth response,
 * excluded from scoring, counts nowhere.
 */
@PostgresApplicationTest
class SurveyResultsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    HalfYearFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_survey_page_shows_each_question_s_answers_and_a_response_leads_to_the_next() throws Exception {
        PageClient executive = new PageClient(mvc, user(accounts.create(Role.EXECUTIVE).getUsername())
                .roles(Role.EXECUTIVE.name()), "en");
        Period period = Period.of("2062-H1");
        String prefix = "R" + UUID.randomUUID().toString().substring(0, 6) + "-";
        HalfYearFixture.Survey survey = fixture.survey();
        long campaign = fixture.campaign(survey.id(), period);
        int[][] answers = {{10, 5, 7}, {9, 4, 5}, {7, 3, 4}, {3, 4, 6}, {6, 2, 1}, {0, 1, 1}};
        List<Long> responses = new ArrayList<>();
        for (int i = 0; i < answers.length; i++) {
            long response = fixture.response(campaign, survey.id(), fixture.customer(prefix + i, "10", false), period,
                    70000, 70000);
            fixture.answer(response, survey.npsQuestion(), answers[i][0]);
            fixture.answer(response, survey.csatQuestion(), answers[i][1]);
            fixture.answer(response, survey.cesQuestion(), answers[i][2]);
            responses.add(response);
        }
        // the rating items, by section: Delivery's LIKERT5 item 5, 4, 4, 3, 5 and its 1–10 item once (two scales: no
        // mean of the section); Other's expected-and-received item received 8 and 6 → mean 7.0
        long likert = questionOfType(survey.id(), "LIKERT5");
        long rating = questionOfType(survey.id(), "RATING");
        long pair = questionOfType(survey.id(), "EXPECTATION_PAIR");
        int[] likertAnswers = {5, 4, 4, 3, 5, 1};
        for (int i = 0; i < likertAnswers.length; i++) {
            fixture.answer(responses.get(i), likert, likertAnswers[i]);
        }
        fixture.answer(responses.get(0), rating, 9);
        jdbc.update("INSERT INTO answer (response_id, question_id, numeric_value, expected_value) VALUES (?, ?, 8, 9)",
                responses.get(0), pair);
        jdbc.update("INSERT INTO answer (response_id, question_id, numeric_value, expected_value) VALUES (?, ?, 6, 9)",
                responses.get(1), pair);
        jdbc.update("UPDATE response SET excluded_reason = 'TEST' WHERE id = ?", responses.get(5));

        Document page = executive.open("/surveys/" + survey.id());

        assertThat(page.select("#section-results tbody tr").eachText())
                .containsExactly("Delivery 6 items on different scales: no mean", "Other 2 7.0");
        assertThat(result(page, likert)).containsExactly("5", "4.2", "3: 1 · 4: 2 · 5: 2"); // no figure of its own

        assertThat(result(page, survey.npsQuestion())).containsExactly("5", "7.0", "NPS 0.0",
                "3: 1 · 6: 1 · 7: 1 · 9: 1 · 10: 1");
        assertThat(result(page, survey.csatQuestion())).containsExactly("5", "3.6", "CSAT 60.0 %",
                "2: 1 · 3: 1 · 4: 2 · 5: 1");
        assertThat(result(page, survey.cesQuestion())).containsExactly("5", "4.6", "CES 60.0 %",
                "1: 1 · 4: 1 · 5: 1 · 6: 1 · 7: 1");

        Document third = executive.open("/surveys/" + survey.id() + "/responses/" + responses.get(2));
        assertThat(executive.click(third, "#response-pager a[rel=prev]").location())
                .endsWith("/responses/" + responses.get(1));
        assertThat(executive.click(third, "#response-pager a[rel=next]").location())
                .endsWith("/responses/" + responses.get(3));
        Document first = executive.open("/surveys/" + survey.id() + "/responses/" + responses.get(0));
        assertThat(first.select("#response-pager a[rel=prev]")).isEmpty();
    }

    private long questionOfType(long surveyId, String type) {
        return jdbc.queryForObject("SELECT q.id FROM question q JOIN survey_section s ON s.id = q.section_id"
                + " WHERE s.survey_id = ? AND q.type = ?", Long.class, surveyId, type);
    }

    /** n, mean, figure and distribution of a question's row. */
    private static List<String> result(Document page, long question) {
        Element row = page.selectFirst("#question-results tr[data-question=" + question + "]");
        assertThat(row).as("results of question %d", question).isNotNull();
        return row.select("td").eachText();
    }
}
