package com.satisfaction.web.dashboard;

import com.satisfaction.core.period.Period;
import com.satisfaction.persistence.user.Role;
import com.satisfaction.web.PageClient;
import com.satisfaction.web.PostgresApplicationTest;
import com.satisfaction.web.TestAccounts;
import com.satisfaction.web.period.HalfYearFixture;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A customer's page shows each expectation-vs-received indicator half-year by half-year (SPEC §4.7): in 2091-H1 one
 * answer, expected 9 and received 6 (gap −3.0); in 2091-H2 two answers, expected 9 and 8, received 8 and 8 (means 8.5
 * and 8.0, gap −0.5). An excluded response and another customer's answer count nowhere.
 */
@PostgresApplicationTest
class CustomerExpectationTrendTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    HalfYearFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_indicator_s_expected_received_and_gap_are_shown_for_each_half_year_of_the_customer() throws Exception {
        String prefix = "E" + UUID.randomUUID().toString().substring(0, 6) + "-";
        HalfYearFixture.Survey survey = fixture.survey();
        long pair = jdbc.queryForObject("SELECT q.id FROM question q JOIN survey_section s ON s.id = q.section_id"
                + " WHERE s.survey_id = ? AND q.type = 'EXPECTATION_PAIR'", Long.class, survey.id());
        long customer = fixture.customer(prefix + "C", "1000", false);
        long other = fixture.customer(prefix + "O", "1000", false);
        Period first = Period.of("2091-H1");
        Period second = Period.of("2091-H2");
        long firstCampaign = fixture.campaign(survey.id(), first);
        long secondCampaign = fixture.campaign(survey.id(), second);
        pairAnswer(fixture.response(firstCampaign, survey.id(), customer, first, 70000, 70000), pair, 9, 6);
        pairAnswer(fixture.response(secondCampaign, survey.id(), customer, second, 70000, 70000), pair, 9, 8);
        pairAnswer(fixture.response(secondCampaign, survey.id(), customer, second, 70000, 70000), pair, 8, 8);
        long excluded = fixture.response(secondCampaign, survey.id(), customer, second, 70000, 70000);
        pairAnswer(excluded, pair, 10, 1);
        jdbc.update("UPDATE response SET excluded_reason = 'TEST' WHERE id = ?", excluded);
        pairAnswer(fixture.response(secondCampaign, survey.id(), other, second, 70000, 70000), pair, 1, 10);

        PageClient executive = new PageClient(mvc, user(accounts.create(Role.EXECUTIVE).getUsername())
                .roles(Role.EXECUTIVE.name()), "en");
        Document page = executive.open("/customers/" + customer);

        assertThat(page.selectFirst("#expectations-head").text())
                .isEqualTo("Expectation and received, half-year by half-year");
        assertThat(page.select("#expectation-trend tbody tr").eachText()).containsExactly(
                "On time 2091-H1 1 9.0 6.0 -3.0", "2091-H2 2 8.5 8.0 -0.5");
        assertThat(executive.open("/customers/" + fixture.customer(prefix + "N", "1", false))
                .select("#expectation-trend")).as("a customer without such answers has no table").isEmpty();
    }

    private void pairAnswer(long response, long question, int expected, int received) {
        jdbc.update("INSERT INTO answer (response_id, question_id, numeric_value, expected_value) VALUES (?, ?, ?, ?)",
                response, question, received, expected);
    }
}
