package com.satisfaction.web.period;

import com.satisfaction.core.period.Period;
import com.satisfaction.core.scoring.Score;
import com.satisfaction.core.scoring.ScoringPolicy;
import com.satisfaction.persistence.policy.ScoringPolicyVersionRepository;
import com.satisfaction.web.policy.PolicyFixture;
import com.satisfaction.persistence.user.Role;
import com.satisfaction.web.PageClient;
import com.satisfaction.web.PostgresApplicationTest;
import com.satisfaction.web.TestAccounts;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A quality manager scores, closes and re-opens a half-year worked out by hand (SPEC §4.6–4.8 under the FM40 policy),
 * on PostgreSQL, reading the pages as a person does.
 */
@PostgresApplicationTest
class HalfYearCloseTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    HalfYearFixture fixture;

    @Autowired
    PeriodClosing closing;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ScoringPolicyVersionRepository policyVersions;

    PageClient manager;
    PageClient executive;
    String prefix;

    @BeforeEach
    void people() {
        manager = new PageClient(mvc, as(Role.QUALITY_MANAGER), "en");
        executive = new PageClient(mvc, as(Role.EXECUTIVE), "en");
        prefix = "Y" + UUID.randomUUID().toString().substring(0, 6) + "-";
    }

    /**
     * Twelve customers, FM40. Survey scores are 100 × earned ÷ possible units (1/7000 point); the survey part is
     * 60 % of the mean survey score. Operational record: delivered / returned (rate → part: &lt; 1 % → 10,
     * 1–2 % → 5, &gt; 2 % → 0, read on the rate as shown), lost (0 → 10, 1 → 8, 2 → 6, 3+ → 0), praise (2 each, at
     * most 10), claims (none → 10, any → 0).
     * <pre>
     * code value   key  responses (earned/possible)            survey  part   deliv  ret  rate   ret lost pr cl  composite
     * A01  500000  yes  52500/70000                    = 75       45     1000    9  0.9 %   10  0→10 5→10 0→10  85     (exactly 85)
     * A02  200000       6293/8400                      = 74.916.. 44.95  1000    0  0      10  10   10   10     84.95  (shows 85.0, satisfied)
     * A03  100000       5243/7000                      = 74.9     44.94  1000    0  0      10  10   10   10     84.94  (shows 84.9, not)
     * A04  300000       70000/70000, 56000/70000,      = 80       48     1000   10  1.0 %   5  1→8  2→4  1→0  65
     *                   21000/35000 (100, 80, 60)
     * A05  300000       70000/70000                    = 100      60      500   10  2.0 %   5  2→6  1→2  0→10  83
     * A06   50000       63000/70000                    = 90       54    10000  205  2.05 %  0  3→0  6→10 0→10  74     (2.05 shows 2.1)
     * A07  500000       66500/70000                    = 95       57     2000   19  0.95 %  5  10   10   10     92     (0.95 shows 1.0)
     * A08     100       70000/70000                    = 100      60     1000    0  0      10  10   10   10     100
     * A09  (none)       70000/70000                    = 100      60     1000    0  0      10  10   0→0  10     90     (clean record: delivered only)
     * A10  900000  yes  — (invited, no answer)           no data  —       100    0  0      10  10   10   10     incomplete
     * A11      10       70000/70000                    = 100      60        0    5  none   —   10   10   10     incomplete (returns, no deliveries)
     * A12     100       7693/8400                      = 91.583.. 54.95  1000    0  0      10  10   10   10     94.95  (shows 95.0, very satisfied)
     * </pre>
     * The operational record is real rows dated in the half-year, summed by the records' own SQL aggregates: A01's
     * 1000 are two lots (600 + 400); A06's 3 lost are the customer itself (the period's one lost customer) and two
     * product lines; A11 has a return and no delivery. Rows dated the day before or after the half-year (a claim and a
     * return of A08, a lost line of A12) count nowhere.
     * <p>With a composite: 10 (A10, A11 incomplete, counted apart). Satisfied as shown ≥ 85.0: A01, A02, A07, A08, A09,
     * A12 = 6 → satisfaction rate 6 ÷ 10 = 60.0 % (target 85 %: missed); Wilson 95 % for 6 of 10: p = .6, z² = 3.8416,
     * (0.6 + 0.19208 ± 1.96·√(0.024 + 0.009604)) ÷ 1.38416 = (0.79208 ± 0.35930) ÷ 1.38416 → 31.3–83.2 %.
     * Overall composite: (85 + 84.95 + 84.94 + 65 + 83 + 74 + 92 + 100 + 90 + 94.95) ÷ 10 = 853.84 ÷ 10 = 85.384 → 85.4.
     * <p>Levels (as shown): dissatisfied A03 84.9, A04, A05, A06; satisfied A01 85, A02 85.0, A07, A09; very
     * satisfied A08, A12 95.0. High value = first ⌈n × 20 %⌉ by annual value, ties by code: dissatisfied ⌈0.8⌉ = 1 →
     * A04 (300000, ties A05, A04 &lt; A05) crisis, A05 A03 A06 low priority; satisfied ⌈0.8⌉ = 1 → A01 (500000, ties
     * A07) potential, A07 A02 A09 at risk; very satisfied ⌈0.4⌉ = 1 → A08 (100, ties A12) star, A12 base.
     * <p>Flags: A03 survey part 44.94 shows 44.9 &lt; 45 → review the survey items (A02's 44.95 shows 45.0: none);
     * deductions → management review meeting: A04, A05, A06, A07 (returns 5), A09 (praise 0).
     * <p>Links: 14 sent (A04 has three), 13 answered → response rate 92.857… → 92.9 % (target 70 %: met). Key
     * accounts A01, A10: 1 of 2 answered → the gate is not met (A10 unanswered).
     * <p>Product return rate: Σ returned 9+10+10+205+19+5 = 258 ÷ Σ delivered 7 × 1000 + 500 + 10000 + 2000 + 100 =
     * 19600 → 1.316… → 1.3 %. Churn: 1 customer lost (A06) of 12 → 8.333… → 8.3 %.
     * <p>NPS answers 10, 9, 7, 3, 6: 2 promoters, 1 passive, 2 detractors → 40 % − 40 % = 0.0 (needs work), n 5.
     * CSAT (1–5, positive from 4) 5, 4, 3, 4, 2: 3 of 5 → 60.0 %, mean 18 ÷ 5 = 3.6. CES (positive from 5) 7, 5, 4, 6,
     * 1: 3 of 5 → 60.0 %, mean 23 ÷ 5 = 4.6. (Every figure rests on at least the policy's minimum sample of 5.)
     */
    @Test
    void a_half_year_worked_by_hand_is_scored_closed_on_a_waiver_frozen_and_reopened() throws Exception {
        Period period = Period.of("2041-H1");
        HalfYearFixture.HalfYear h = fixture.handComputed(period, prefix);

        Document page = manager.open("/periods/" + period);

        assertThat(figure(page, "satisfactionRate")).containsExactly("60.0 %", "10", "31.3–83.2 %", "85.0 % missed");
        assertThat(figure(page, "overallComposite").subList(0, 2)).containsExactly("85.4", "10");
        assertThat(figure(page, "responseRate")).containsExactly("92.9 %", "14", interval(13, 14), "70.0 % met");
        assertThat(figure(page, "csat")).containsExactly("60.0 %", "5", interval(3, 5), "");
        assertThat(page.selectFirst("#figure-csat .note").text()).isEqualTo("mean answer 3.6");
        assertThat(figure(page, "nps").subList(0, 2)).containsExactly("0.0", "5");
        assertThat(page.selectFirst("#figure-nps .note").text()).isEqualTo("needs work");
        assertThat(figure(page, "ces").subList(0, 3)).containsExactly("60.0 %", "5", interval(3, 5));
        assertThat(page.selectFirst("#figure-ces .note").text()).isEqualTo("mean answer 4.6");
        assertThat(figure(page, "churn").subList(0, 3)).containsExactly("8.3 %", "12", interval(1, 12));
        assertThat(figure(page, "productReturnRate").subList(0, 2)).containsExactly("1.3 %", "19600");
        assertThat(page.selectFirst("#customers-head").text()).isEqualTo("Customers (12; 2 with an incomplete composite)");

        assertThat(row(page, h.code("A01"))).containsExactly("45.0", "10.0", "10.0", "10.0", "10.0", "85.0", "satisfied",
                "satisfied", "potential", "");
        assertThat(row(page, h.code("A02"))).containsExactly("45.0", "10.0", "10.0", "10.0", "10.0", "85.0", "satisfied",
                "satisfied", "at risk", "");
        assertThat(row(page, h.code("A03"))).containsExactly("44.9", "10.0", "10.0", "10.0", "10.0", "84.9", "not satisfied",
                "dissatisfied", "low priority", "review the survey items");
        assertThat(row(page, h.code("A04"))).containsExactly("48.0", "5.0", "8.0", "4.0", "0.0", "65.0", "not satisfied",
                "dissatisfied", "crisis", "management review meeting");
        assertThat(row(page, h.code("A05"))).containsExactly("60.0", "5.0", "6.0", "2.0", "10.0", "83.0", "not satisfied",
                "dissatisfied", "low priority", "management review meeting");
        assertThat(row(page, h.code("A06"))).containsExactly("54.0", "0.0", "0.0", "10.0", "10.0", "74.0", "not satisfied",
                "dissatisfied", "low priority", "management review meeting");
        assertThat(row(page, h.code("A07"))).containsExactly("57.0", "5.0", "10.0", "10.0", "10.0", "92.0", "satisfied",
                "satisfied", "at risk", "management review meeting");
        assertThat(row(page, h.code("A08"))).containsExactly("60.0", "10.0", "10.0", "10.0", "10.0", "100.0", "satisfied",
                "very satisfied", "star", "");
        assertThat(row(page, h.code("A09"))).containsExactly("60.0", "10.0", "10.0", "0.0", "10.0", "90.0", "satisfied",
                "satisfied", "at risk", "management review meeting");
        assertThat(row(page, h.code("A10"))).containsExactly("no data", "10.0", "10.0", "10.0", "10.0", "incomplete",
                "no data", "", "", "");
        assertThat(row(page, h.code("A11"))).containsExactly("60.0", "no data", "10.0", "10.0", "10.0", "incomplete",
                "no data", "", "", "");
        assertThat(row(page, h.code("A12"))).containsExactly("55.0", "10.0", "10.0", "10.0", "10.0", "95.0", "satisfied",
                "very satisfied", "base", "");
        Element several = customerRow(page, h.code("A04"));
        assertThat(several.selectFirst(".survey-score").text()).isEqualTo("80.0");
        assertThat(several.select("td").get(1).text()).isEqualTo("3");

        // every part links to its evidence; the survey part to the customer's responses, each to its answers
        long a04 = h.ids.get("A04");
        assertThat(several.selectFirst("td.part[data-part=PRODUCT_RETURNS] a").attr("href"))
                .isEqualTo("/deliveries?customerId=" + a04 + "&period=" + period);
        // two clicks answer "why": each operational part's link lists exactly the customer's rows of the half-year
        assertThat(evidence(page, "A04", "PRODUCT_RETURNS", "table.movements", h))
                .containsExactly("Delivery 1,000", "Return 10");
        assertThat(evidence(page, "A01", "PRODUCT_RETURNS", "table.movements", h))
                .containsExactlyInAnyOrder("Delivery 600", "Delivery 400", "Return 9");
        assertThat(evidence(page, "A11", "PRODUCT_RETURNS", "table.movements", h)).containsExactly("Return 5");
        assertThat(evidence(page, "A08", "PRODUCT_RETURNS", "table.movements", h)).containsExactly("Delivery 1,000");
        assertThat(evidence(page, "A06", "LOST_BUSINESS", "table.lost-business", h)).hasSize(3);
        assertThat(evidence(page, "A12", "LOST_BUSINESS", "table.lost-business", h)).isEmpty();
        assertThat(evidence(page, "A06", "PRAISE", "table.praise", h)).hasSize(6);
        assertThat(evidence(page, "A09", "PRAISE", "table.praise", h)).isEmpty();
        assertThat(evidence(page, "A04", "CLAIMS", "table.claims", h)).containsExactly(period.startDate().plusDays(40).toString());
        assertThat(evidence(page, "A08", "CLAIMS", "table.claims", h)).isEmpty();
        Document responses = manager.click(page, "tr[data-code=" + h.code("A04") + "] td.part[data-part=SURVEY] a");
        assertThat(responses.select("#response-table tbody tr")).hasSize(3);
        assertThat(responses.select("#response-table tbody tr td.num").eachText()).containsExactly("100.0", "80.0", "60.0");
        manager.click(responses, "#response-table tbody tr a");
        // the flag becomes an improvement action in one click, linked back to the flag
        assertThat(several.selectFirst("td.flags a.action-link").attr("href"))
                .isEqualTo("/actions/new?period=" + period + "&customer=" + a04 + "&flag=MANAGEMENT_REVIEW_MEETING");

        // the gate: rate met, a key account unanswered
        assertThat(page.selectFirst("#gate-rate").text()).isEqualTo("92.9 % (target 70.0 %)");
        assertThat(page.selectFirst("#gate-key-accounts").text()).isEqualTo("1 of 2");
        assertThat(page.select("#unanswered-key-accounts li").eachText()).containsExactly(h.code("A10") + " Company " + h.code("A10"));
        assertThat(page.select("#shortfalls li").eachText()).containsExactly("A key account has not answered.");

        // below the gate, no waiver: refused, nothing stored
        MvcResult refused = manager.submit(page.selectFirst("#close-form"));
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(fieldError(refused, "#close-form")).isEqualTo("未达门槛：只有填写豁免说明才能结算。");
        assertThat(snapshots(period)).isZero();
        assertThat(manager.open("/periods/" + period).selectFirst("#period-status").text()).isEqualTo("Open");

        // with a waiver: closed, the waiver shown with its author
        Element form = page.selectFirst("#close-form");
        form.selectFirst("textarea").val("Key account A10 was closed for the holidays; 13 of 14 answered.");
        Document closed = manager.follow(manager.submit(form));
        assertThat(closed.selectFirst(".flash").text()).isEqualTo("The half-year is closed on your waiver; its snapshot and SHA-256 are below.");
        assertThat(closed.selectFirst("#period-status").text()).isEqualTo("Closed");
        assertThat(closed.selectFirst("#waiver").text()).contains("Key account A10 was closed for the holidays");
        String hash = closed.selectFirst("#snapshot-hash").text();
        String policyBefore = closed.selectFirst("#policy-version").text();
        assertThat(hash).matches("[0-9a-f]{64}");
        assertThat(sha256(snapshotText(period))).isEqualTo(hash);
        assertThat(snapshots(period)).isOne();
        assertThat(closed.select("#events tbody tr td").eachText()).contains("closed on a waiver",
                "Key account A10 was closed for the holidays; 13 of 14 answered.");
        List<String> closedFigures = figure(closed, "satisfactionRate");
        assertThat(closedFigures).containsExactly("60.0 %", "10", "31.3–83.2 %", "85.0 % missed");

        // the policy, the register, the records and the responses change: the closed half-year does not move
        int stricter = PolicyFixture.inForce(policyVersions, ScoringPolicy.fm40().withSatisfiedFrom(Score.of(90))
                .withTargets(new ScoringPolicy.Targets(Score.of(95), Score.of(70), 5)));
        jdbc.update("UPDATE customer SET annual_value = 1, key_account = TRUE, name = 'Renamed' WHERE id = ?", h.ids.get("A01"));
        jdbc.update("UPDATE customer SET key_account = FALSE WHERE id = ?", h.ids.get("A10"));
        // records dated in the half-year: a claim added for A08, A04's return edited 10 → 30, one praise of A02 deleted
        fixture.claim(h.ids.get("A08"), period.startDate().plusDays(100));
        jdbc.update("UPDATE product_return SET quantity = 30 WHERE id = ?", h.returns.get("A04"));
        jdbc.update("DELETE FROM praise WHERE id = ?", h.praise.get("A02"));
        fixture.response(h.campaign, h.survey.id(), h.ids.get("A10"), period, 0, 70000);
        Document after = manager.open("/periods/" + period);
        assertThat(after.selectFirst("#snapshot-hash").text()).isEqualTo(hash);
        assertThat(figure(after, "satisfactionRate")).isEqualTo(closedFigures);
        assertThat(figure(after, "overallComposite").subList(0, 2)).containsExactly("85.4", "10");
        assertThat(row(after, h.code("A08"))).containsExactly("60.0", "10.0", "10.0", "10.0", "10.0", "100.0", "satisfied",
                "very satisfied", "star", "");
        assertThat(row(after, h.code("A04"))).containsExactly("48.0", "5.0", "8.0", "4.0", "0.0", "65.0", "not satisfied",
                "dissatisfied", "crisis", "management review meeting");
        assertThat(row(after, h.code("A02")).subList(0, 6)).containsExactly("45.0", "10.0", "10.0", "10.0", "10.0", "85.0");
        assertThat(row(after, h.code("A01")).get(8)).isEqualTo("potential");
        assertThat(customerRow(after, h.code("A01")).text()).contains("Company " + h.code("A01")).doesNotContain("Renamed");
        assertThat(after.selectFirst("#gate-key-accounts").text()).isEqualTo("1 of 2");
        // the closed page lists the key accounts unanswered as frozen (A10, though no longer a key account today)
        assertThat(after.select("#unanswered-key-accounts li").eachText()).containsExactly(h.code("A10") + " Company " + h.code("A10"));
        assertThat(sha256(snapshotText(period))).isEqualTo(hash);
        assertThat(after.selectFirst("#policy-version").text()).isEqualTo(policyBefore);
        // an executive reads the closed half-year, without the forms
        Document read = executive.open("/periods/" + period);
        assertThat(read.selectFirst("#snapshot-hash").text()).isEqualTo(hash);
        assertThat(read.select("#close-form, #reopen-form")).isEmpty();

        // re-open: a reason is required, then it is logged and the scores are live again
        MvcResult noReason = manager.submit(after.selectFirst("#reopen-form"));
        assertThat(fieldError(noReason, "#reopen-form")).isEqualTo("请说明原因。");
        Element reopen = after.selectFirst("#reopen-form");
        reopen.selectFirst("textarea").val("A10 answered late; its answer counts.");
        Document reopened = manager.follow(manager.submit(reopen));
        assertThat(reopened.selectFirst("#period-status").text()).isEqualTo("Re-opened");
        assertThat(reopened.select("#events tbody tr").last().text()).contains("re-opened", "Closed → Re-opened",
                "A10 answered late; its answer counts.");
        assertThat(reopened.selectFirst("#reopened").text()).contains("A10 answered late");
        // live again, under the policy in force: satisfied from 90, target 95 %; A08 now has a claim (100 → 90, still
        // satisfied from 90), A10 answered 0 (survey part 0 → composite 40), A01 (85) is no longer satisfied
        assertThat(figure(reopened, "satisfactionRate").get(3)).startsWith("95.0 %");
        assertThat(row(reopened, h.code("A08")).subList(4, 7)).containsExactly("0.0", "90.0", "satisfied");
        assertThat(row(reopened, h.code("A01")).subList(5, 7)).containsExactly("85.0", "not satisfied");
        // the edited records count now: A04 returned 30 of 1000 = 3.0 % (0) → 48 + 0 + 8 + 4 + 0 = 60; A02 has 4 praise
        // left (8) → 44.95 + 10 + 10 + 8 + 10 = 82.95 → 83.0
        assertThat(row(reopened, h.code("A04")).subList(0, 6)).containsExactly("48.0", "0.0", "8.0", "4.0", "0.0", "60.0");
        assertThat(row(reopened, h.code("A02")).subList(3, 6)).containsExactly("8.0", "10.0", "83.0");
        assertThat(reopened.selectFirst("#policy-version").text()).isEqualTo(String.valueOf(stricter));
        assertThat(row(reopened, h.code("A10")).subList(0, 6)).containsExactly("0.0", "10.0", "10.0", "10.0", "10.0", "40.0");
        // the register now says A01 is the only key account, and it answered
        assertThat(reopened.selectFirst("#gate-key-accounts").text()).isEqualTo("1 of 1");
        assertThat(status("/periods/" + period + "/snapshot.txt")).isEqualTo(404);

        // close again (gate met now): a new snapshot with another hash
        Document again = manager.follow(manager.submit(reopened.selectFirst("#close-form")));
        assertThat(again.selectFirst(".flash").text()).isEqualTo("The half-year is closed; its snapshot and SHA-256 are below.");
        assertThat(again.selectFirst("#snapshot-hash").text()).isNotEqualTo(hash).isEqualTo(sha256(snapshotText(period)));
        assertThat(again.select("#waiver")).isEmpty();
        assertThat(snapshots(period)).isEqualTo(2);
        assertThat(again.selectFirst("#policy-version").text()).isEqualTo(String.valueOf(stricter));
    }

    @AfterEach
    void fm40Again() {
        PolicyFixture.restoreFm40(policyVersions);
    }

    /**
     * One customer, two responses: 100 and 50 → mean 75 → survey part 45; delivered 1000, nothing returned (10),
     * nothing lost (10), 5 praise (10), no claim (10) → composite 85.0, satisfied. Excluding the 50 as a duplicate
     * leaves 100 → part 60 → composite 100.0; counting it again gives 85.0 back.
     */
    @Test
    void a_response_is_excluded_only_with_a_reason_logged_with_its_effect_and_never_in_a_closed_half_year() throws Exception {
        Period period = Period.of("2044-H1");
        HalfYearFixture.Survey survey = fixture.survey();
        long campaign = fixture.campaign(survey.id(), period);
        long customer = fixture.customer(prefix + "X1", "1000", false);
        fixture.response(campaign, survey.id(), customer, period, 70000, 70000);
        long duplicate = fixture.response(campaign, survey.id(), customer, period, 35000, 70000);
        fixture.delivery(customer, period.startDate(), 1000);
        fixture.praise(customer, period.endDate(), 5);
        String url = "/periods/" + period + "/customers/" + customer;
        Document page = manager.open(url);
        assertThat(page.selectFirst("#composite").text()).isEqualTo("85.0");

        Element form = excludeForm(page, duplicate);
        form.selectFirst("select").selectFirst("option[value=OTHER]").attr("selected", "selected");
        Document refused = manager.follow(manager.submit(form));
        assertThat(refused.selectFirst(".flash").text()).isEqualTo("Say what the other reason is.");
        assertThat(refused.selectFirst("#composite").text()).isEqualTo("85.0");

        form = excludeForm(refused, duplicate);
        form.selectFirst("select").selectFirst("option[value=DUPLICATE]").attr("selected", "selected");
        Document excluded = manager.follow(manager.submit(form));
        assertThat(excluded.selectFirst(".flash").text()).isEqualTo("The response is excluded from scoring; the effect is logged below.");
        assertThat(excluded.selectFirst("#composite").text()).isEqualTo("100.0");
        assertThat(excluded.select("#exclusions tbody tr td").eachText()).contains("excluded", "duplicate", "85.0 → 100.0");
        assertThat(excluded.selectFirst("tr[data-response=" + duplicate + "]").text()).contains("excluded", "duplicate");
        Document periodPage = manager.open("/periods/" + period);
        assertThat(row(periodPage, prefix + "X1").get(5)).isEqualTo("100.0");
        // one customer is below the policy's minimum sample of 5: the figure says so instead of a number
        assertThat(figure(periodPage, "satisfactionRate").subList(0, 2)).containsExactly("insufficient sample", "1");

        // closed: what counts is frozen
        closing.close(period, "closer", Optional.empty());
        Document closedPage = manager.open(url);
        assertThat(closedPage.select(".exclude-form, .restore-form")).isEmpty();
        MvcResult restoreWhileClosed = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post(url + "/responses/" + duplicate + "/restore").with(as(Role.QUALITY_MANAGER))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn();
        assertThat(manager.follow(restoreWhileClosed).selectFirst(".flash").text())
                .isEqualTo("The half-year is closed: re-open it to change what counts.");
        assertThat(jdbc.queryForObject("SELECT excluded_reason FROM response WHERE id = ?", String.class, duplicate))
                .isEqualTo("DUPLICATE");

        // re-opened: counted again, logged
        closing.reopen(period, "closer", "The duplicate was a second contact's own answer.");
        Document restored = manager.follow(manager.submit(manager.open(url).selectFirst("tr[data-response="
                + duplicate + "] .restore-form")));
        assertThat(restored.selectFirst("#composite").text()).isEqualTo("85.0");
        assertThat(restored.select("#exclusions tbody tr").last().text()).contains("counted again", "100.0 → 85.0");
    }

    /**
     * Follows the link of one operational part of a customer's row on the period page and returns the rows of the
     * evidence list it opens, after checking that each names that customer; a row of deliveries and returns reads as
     * its kind and quantity, any other row as its date.
     */
    private List<String> evidence(Document page, String code, String part, String table, HalfYearFixture.HalfYear h) throws Exception {
        Document list = manager.click(page, "tr[data-code=" + h.code(code) + "] td.part[data-part=" + part + "] a");
        org.jsoup.select.Elements rows = list.select(table + " tbody tr");
        assertThat(rows.eachText()).allSatisfy(text -> assertThat(text).contains(h.code(code)));
        return rows.stream().map(tr -> "table.movements".equals(table)
                ? tr.child(1).text() + " " + tr.child(4).text() : tr.child(0).text()).toList();
    }

    /**
     * Z1: one response 100 → part 60; delivered 1000, nothing returned (10), nothing lost (10), 5 praise (10), one claim
     * (0) → 90.0 with a deduction → management review meeting. Z2: 70 → part 42 &lt; 45 → review the survey items;
     * otherwise clean (10 + 10 + 10 + 10) → 82.0, no deduction.
     */
    @Test
    void a_review_flag_becomes_an_improvement_action_in_one_click_linked_both_ways() throws Exception {
        Period period = Period.of("2045-H1");
        HalfYearFixture.Survey survey = fixture.survey();
        long campaign = fixture.campaign(survey.id(), period);
        LocalDate day = period.startDate().plusDays(10);
        long z1 = fixture.customer(prefix + "Z1", "1000", false);
        long z2 = fixture.customer(prefix + "Z2", "1000", false);
        fixture.response(campaign, survey.id(), z1, period, 70000, 70000);
        fixture.response(campaign, survey.id(), z2, period, 49000, 70000);
        for (long customer : new long[] {z1, z2}) {
            fixture.delivery(customer, day, 1000);
            fixture.praise(customer, day, 5);
        }
        fixture.claim(z1, day);
        Document page = manager.open("/periods/" + period);
        assertThat(row(page, prefix + "Z1").subList(5, 7)).containsExactly("90.0", "satisfied");
        assertThat(row(page, prefix + "Z1").get(9)).isEqualTo("management review meeting");
        assertThat(row(page, prefix + "Z2").subList(0, 6)).containsExactly("42.0", "10.0", "10.0", "10.0", "10.0", "82.0");
        assertThat(row(page, prefix + "Z2").get(9)).isEqualTo("review the survey items");

        // one click: the form is pre-filled from the flag, in the user's language, naming the customer and period
        Document form = manager.click(page, "tr[data-code=" + prefix + "Z1] td.flags a.action-link");
        assertThat(form.selectFirst("input[name=title]").val())
                .isEqualTo("Management review meeting: Company " + prefix + "Z1 (2045-H1)");
        assertThat(form.selectFirst("textarea[name=description]").text()).isEqualTo("The composite of Company "
                + prefix + "Z1 in 2045-H1 has a deduction: the general manager holds a management review meeting.");
        assertThat(form.selectFirst(".source .flag-code").text()).isEqualTo("Management review meeting");
        PageClient chinese = new PageClient(mvc, as(Role.QUALITY_MANAGER), "zh");
        String surveyItems = "/actions/new?period=2045-H1&customer=" + z2 + "&flag=REVIEW_SURVEY_ITEMS";
        assertThat(chinese.open(surveyItems).selectFirst("input[name=title]").val())
                .isEqualTo("检讨调查表项目：Company " + prefix + "Z2（2045-H1）");
        assertThat(chinese.open("/actions/new?period=2045-H1&customer=" + z1 + "&flag=MANAGEMENT_REVIEW_MEETING")
                .selectFirst("input[name=title]").val()).isEqualTo("总经理召开会议检讨：Company " + prefix + "Z1（2045-H1）");

        // forged pointers are refused with a message, nothing stored
        long before = flagActions(period);
        for (String[] forged : new String[][] {{"flagCustomerId", "999999999"}, {"flagPeriod", "1999-H1"},
                {"flagPeriod", "2045-H3"}, {"flagCode", "DROP_TABLE"}, {"flagCustomerId", "1x"}}) {
            Element post = form.selectFirst("form:has(input[name=flagCode])").clone();
            post.selectFirst("input[name=ownerDepartment]").val("Quality");
            post.selectFirst("input[name=" + forged[0] + "]").val(forged[1]);
            MvcResult refused = manager.submit(post);
            assertThat(refused.getResponse().getStatus()).as("forged %s", forged[0]).isEqualTo(200);
            assertThat(org.jsoup.Jsoup.parse(refused.getResponse().getContentAsString()).select(".error-summary p, .field-error")
                    .eachText()).as("forged %s", forged[0]).contains("找不到所选的来源（投诉、答卷中的回答或某客户半年评分的评审标记），或该回答既非低分也非建议。");
        }
        assertThat(flagActions(period)).isEqualTo(before);
        assertThat(status("/actions/new?period=2045-H3&customer=" + z1 + "&flag=MANAGEMENT_REVIEW_MEETING")).isEqualTo(404);
        assertThat(status("/actions/new?period=2045-H1&customer=999999999&flag=MANAGEMENT_REVIEW_MEETING")).isEqualTo(404);
        assertThat(status("/actions/new?period=2045-H1&customer=" + z1 + "&flag=NOTHING")).isEqualTo(404);

        // saved from the flag: the action names its source and links back to the customer's half-year
        Element post = form.selectFirst("form:has(input[name=flagCode])");
        post.selectFirst("input[name=ownerDepartment]").val("Quality");
        Document action = manager.follow(manager.submit(post));
        assertThat(action.selectFirst(".flash").text()).isEqualTo("Improvement action created.");
        assertThat(action.selectFirst(".source .flag-code").text()).isEqualTo("Management review meeting");
        long actionId = jdbc.queryForObject("SELECT id FROM improvement_action WHERE source = 'FLAG' AND flag_period = ?"
                + " AND flag_customer_id = ? AND flag_code = 'MANAGEMENT_REVIEW_MEETING'", Long.class, "2045-H1", z1);
        assertThat(flagActions(period)).isEqualTo(before + 1);
        Document customerPage = manager.click(action, ".source a.flag-link");
        assertThat(customerPage.selectFirst("#composite").text()).isEqualTo("90.0");
        assertThat(customerPage.select("#flags a.flag-action").eachAttr("href")).containsExactly("/actions/" + actionId);
        assertThat(customerPage.selectFirst("#flags a.flag-action").text()).isEqualTo("action #" + actionId + " Open");
        Document again = manager.open("/periods/" + period);
        assertThat(again.select("tr[data-code=" + prefix + "Z1] td.flags a.flag-action").eachAttr("href"))
                .containsExactly("/actions/" + actionId);
        assertThat(again.select("tr[data-code=" + prefix + "Z2] td.flags a.flag-action")).isEmpty();
        assertThat(manager.click(again, "tr[data-code=" + prefix + "Z1] td.flags a.flag-action").selectFirst("h1").text())
                .contains("Management review meeting: Company " + prefix + "Z1 (2045-H1)");
    }

    private long flagActions(Period period) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM improvement_action WHERE source = 'FLAG' AND flag_period = ?",
                Long.class, period.toString());
    }

    private static Element excludeForm(Document page, long response) {
        Element form = page.selectFirst("tr[data-response=" + response + "] .exclude-form");
        assertThat(form).as("exclude form of %s", response).isNotNull();
        return form;
    }

    @Test
    void two_concurrent_closes_make_one_snapshot() throws Exception {
        Period period = Period.of("2042-H2");
        HalfYearFixture.Survey survey = fixture.survey();
        long campaign = fixture.campaign(survey.id(), period);
        fixture.response(campaign, survey.id(), fixture.customer(prefix + "C1", "10", false), period, 7000, 7000);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<PeriodClosing.CloseOutcome> close = () -> {
                start.await();
                return closing.close(period, "racer", Optional.empty());
            };
            Future<PeriodClosing.CloseOutcome> first = pool.submit(close);
            Future<PeriodClosing.CloseOutcome> second = pool.submit(close);
            start.countDown();
            List<PeriodClosing.CloseOutcome> outcomes = List.of(first.get(), second.get());
            assertThat(outcomes).filteredOn(PeriodClosing.Closed.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(PeriodClosing.AlreadyClosed.class::isInstance).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(snapshots(period)).isOne();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM period_event WHERE period_id = ?", Long.class,
                period.toString())).isOne();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM period_snapshot_customer s JOIN period_snapshot p"
                + " ON p.id = s.snapshot_id WHERE p.period_id = ?", Long.class, period.toString())).isOne();
    }

    @Test
    void a_half_year_with_nothing_sent_is_not_closed_without_a_waiver_and_shows_no_data() throws Exception {
        Document page = manager.open("/periods/2043-H1");

        assertThat(page.select("#shortfalls li").eachText()).containsExactly("No survey of this half-year was sent.");
        assertThat(figure(page, "satisfactionRate")).containsExactly("no data", "0", "", "85.0 %");
        assertThat(figure(page, "responseRate").get(0)).isEqualTo("no data");
        assertThat(page.selectFirst(".empty").text()).isEqualTo("No customer in this half-year: invite them with a campaign.");
        MvcResult refused = manager.submit(page.selectFirst("#close-form"));
        assertThat(fieldError(refused, "#close-form")).isEqualTo("未达门槛：只有填写豁免说明才能结算。");
        assertThat(snapshots(Period.of("2043-H1"))).isZero();
    }

    @Test
    void a_period_that_is_not_one_is_a_page_that_does_not_exist() throws Exception {
        assertThat(status("/periods/2026-H3")).isEqualTo(404);
        assertThat(status("/periods/garbage")).isEqualTo(404);
        assertThat(status("/periods/2026-H1/customers/999999999")).isEqualTo(404);
    }

    /** Value, n, interval and target (with met / missed) of a figure as the page shows them. */
    private static List<String> figure(Document page, String name) {
        Element row = page.selectFirst("#figure-" + name);
        assertThat(row).as("figure %s", name).isNotNull();
        return List.of(row.selectFirst(".value").text(), row.selectFirst(".n").text(),
                row.selectFirst(".interval").text(), row.selectFirst(".target").text());
    }

    /** The five parts, composite, verdict, level, segment and flags of a customer's row. */
    private static List<String> row(Document page, String code) {
        Element row = customerRow(page, code);
        List<String> cells = new java.util.ArrayList<>(row.select("td.part").eachText());
        cells.add(row.selectFirst(".composite").text());
        cells.add(row.selectFirst(".verdict").text());
        cells.add(row.selectFirst(".level").text());
        cells.add(row.selectFirst(".segment").text());
        cells.add(String.join(", ", row.select(".flags .tag").eachText()));
        return cells;
    }

    private static Element customerRow(Document page, String code) {
        Element row = page.selectFirst("#customers tr[data-code=" + code + "]");
        assertThat(row).as("row of %s", code).isNotNull();
        return row;
    }

    private static String interval(long successes, long trials) {
        return com.satisfaction.core.scoring.WilsonInterval.of(successes, trials).orElseThrow().display() + " %";
    }

    private String snapshotText(Period period) throws Exception {
        MvcResult result = mvc.perform(get("/periods/" + period + "/snapshot.txt").with(as(Role.EXECUTIVE))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).startsWith("text/plain");
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    /** The message beside the form's field on the page a refused post shows again (in the default language). */
    private static String fieldError(MvcResult result, String form) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Element error = org.jsoup.Jsoup.parse(result.getResponse().getContentAsString()).selectFirst(form + " .field-error");
        assertThat(error).as("error in %s", form).isNotNull();
        return error.text();
    }

    private int status(String url) throws Exception {
        return mvc.perform(get(url).with(as(Role.QUALITY_MANAGER))).andReturn().getResponse().getStatus();
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private long snapshots(Period period) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM period_snapshot WHERE period_id = ?", Long.class,
                period.toString());
    }

    private RequestPostProcessor as(Role role) {
        return user(accounts.create(role).getUsername()).roles(role.name());
    }
}
