package com.satisfaction.web.period;

import com.satisfaction.core.period.Period;
import com.satisfaction.persistence.user.Role;
import com.satisfaction.web.PageClient;
import com.satisfaction.web.PostgresApplicationTest;
import com.satisfaction.web.TestAccounts;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A half-year of 120 customers pages its customer table by code, 50 a page, the same way live and closed (where the
 * page reads one page of the snapshot in SQL), and a page number out of range shows the nearest page.
 */
@PostgresApplicationTest
class PeriodPagingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    HalfYearFixture fixture;

    @Autowired
    PeriodClosing closing;

    @Test
    void customers_are_paged_by_code_fifty_a_page_open_and_closed() throws Exception {
        Period period = Period.of("2111-H2"); // no other test's
        String prefix = "PG" + UUID.randomUUID().toString().substring(0, 6) + "-";
        HalfYearFixture.Survey survey = fixture.survey();
        long campaign = fixture.campaign(survey.id(), period);
        List<String> codes = new ArrayList<>();
        for (int i = 120; i >= 1; i--) { // made in reverse, so the page's order is not the order of insertion
            String code = prefix + String.format("%03d", i);
            fixture.link(campaign, survey.id(), fixture.customer(code, "1000", false));
            codes.add(0, code);
        }
        PageClient manager = new PageClient(mvc, user(accounts.create(Role.QUALITY_MANAGER).getUsername())
                .roles(Role.QUALITY_MANAGER.name()), "en");

        for (boolean closed : new boolean[] {false, true}) {
            if (closed) {
                closing.close(period, "pager", Optional.of("Paging test: nobody answered"));
            }
            String state = closed ? "closed" : "open";
            Document first = manager.open("/periods/" + period);
            assertThat(first.selectFirst("#period-status").text()).isEqualTo(closed ? "Closed" : "Open");
            assertThat(codesOn(first)).as(state + ", first page").isEqualTo(codes.subList(0, 50));
            assertThat(first.selectFirst(".pager").text()).contains("1", "3");
            assertThat(codesOn(manager.open("/periods/" + period + "?page=1"))).as(state + ", second page")
                    .isEqualTo(codes.subList(50, 100));
            assertThat(codesOn(manager.open("/periods/" + period + "?page=2"))).as(state + ", last page")
                    .isEqualTo(codes.subList(100, 120));
            assertThat(codesOn(manager.open("/periods/" + period + "?page=99"))).as(state + ", beyond the last")
                    .isEqualTo(codes.subList(100, 120));
            assertThat(codesOn(manager.open("/periods/" + period + "?page=-4"))).as(state + ", before the first")
                    .isEqualTo(codes.subList(0, 50));
        }
    }

    private static List<String> codesOn(Document page) {
        return page.select("#customers tbody tr[data-code]").eachAttr("data-code");
    }
}
