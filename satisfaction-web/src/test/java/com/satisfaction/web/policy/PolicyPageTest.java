package com.satisfaction.web.policy;

import com.satisfaction.core.scoring.PolicyKey;
import com.satisfaction.core.scoring.PolicyText;
import com.satisfaction.core.scoring.Score;
import com.satisfaction.core.scoring.ScoringPolicy;
import com.satisfaction.persistence.policy.ScoringPolicyVersion;
import com.satisfaction.persistence.policy.ScoringPolicyVersionRepository;
import com.satisfaction.persistence.user.Role;
import com.satisfaction.web.PageClient;
import com.satisfaction.web.PostgresApplicationTest;
import com.satisfaction.web.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The scoring policy pages as people use them: everyone reads the policy in force and its history, an administrator
 * changes it through the form, and every change is a new version with who, when, why and what changed.
 */
@PostgresApplicationTest
class PolicyPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ScoringPolicyVersionRepository versions;

    @Autowired
    CurrentPolicy currentPolicy;

    String adminName;
    RequestPostProcessor admin;
    PageClient adminPages;
    int base;

    @BeforeEach
    void fm40InForceAndAnAdministrator() {
        base = PolicyFixture.restoreFm40(versions);
        adminName = accounts.create(Role.ADMIN).getUsername();
        admin = user(adminName).roles("ADMIN");
        adminPages = new PageClient(mvc, admin, "en");
    }

    @AfterEach
    void fm40InForceAgain() {
        PolicyFixture.restoreFm40(versions);
    }

    @Test
    void the_page_shows_every_fm40_value_with_its_rule_and_the_version_in_force() throws Exception {
        Document page = adminPages.open("/policy");

        assertThat(page.select("h1").text()).contains("Scoring policy");
        assertThat(page.select("#policy-version").text()).isEqualTo("Version " + base);
        assertThat(page.select(".alert.info").text()).contains("applies to open half-years only");
        assertThat(row(page, "survey.maxPoints")).isEqualTo("Maximum of the survey part (survey score × maximum ÷ 100) 60 points §4.6");
        assertThat(row(page, "survey.reviewBelow")).isEqualTo("\"Review the survey items\" when the survey part is below 45 points §4.6");
        assertThat(row(page, "productReturns.fullPoints")).isEqualTo("Product return rate below 1 % 10 points §4.6");
        assertThat(row(page, "productReturns.partialPoints"))
                .isEqualTo("Product return rate from 1 % up to and including 2 % 5 points §4.6");
        assertThat(row(page, "productReturns.otherPoints")).isEqualTo("Product return rate above 2 % 0 points §4.6");
        assertThat(page.select("tr[data-key=lostBusiness.pointsByLostCount]").eachText()).containsExactly(
                "Customers or lines of business lost: 0 10 points §4.6",
                "Customers or lines of business lost: 1 8 points §4.6",
                "Customers or lines of business lost: 2 6 points §4.6",
                "Customers or lines of business lost: 3 or more 0 points §4.6");
        assertThat(row(page, "praise.pointsPerPraise")).isEqualTo("Per written or spoken praise 2 points §4.6");
        assertThat(row(page, "praise.maxPoints")).isEqualTo("At most, for the praise of one period 10 points §4.6");
        assertThat(row(page, "claims.pointsWithoutClaims")).isEqualTo("No claim in the period 10 points §4.6");
        assertThat(row(page, "claims.pointsWithClaims")).isEqualTo("One or more claims in the period 0 points §4.6");
        assertThat(row(page, "satisfiedFrom")).isEqualTo("Satisfied from a composite of (as shown, one decimal) 85 §4.6");
        assertThat(row(page, "verySatisfiedFrom")).isEqualTo("Very satisfied from a composite of 95 §4.8");
        assertThat(row(page, "highValuePercentage"))
                .isEqualTo("High value: this share of each satisfaction level, by annual value 20 % §4.8");
        assertThat(row(page, "targets.satisfactionRate"))
                .isEqualTo("Satisfaction-rate target (satisfied ÷ customers with a composite) 85 % §4.6");
        assertThat(row(page, "targets.responseRate"))
                .isEqualTo("Response-rate target of a period's campaigns (answered ÷ sent) 70 % §3");
        assertThat(row(page, "targets.minimumSample")).startsWith("Minimum sample").endsWith(" 5 §4");
        assertThat(page.select("tr[data-version=1]").text()).contains("system", "FM40 defaults", "First version");
        assertThat(page.select("a[href=/policy/edit]").text()).isEqualTo("Change the policy");
    }

    @Test
    void the_page_reads_in_chinese_too() throws Exception {
        Document page = new PageClient(mvc, admin, "zh").open("/policy");

        assertThat(page.select("h1").text()).isEqualTo("评分规则");
        assertThat(row(page, "productReturns.partialPoints")).isEqualTo("退货率 1 % 至 2 %（含） 5 分 §4.6");
        assertThat(row(page, "targets.satisfactionRate")).contains("满意率目标", "85 %");
        assertThat(page.html()).doesNotContain("??");
    }

    @Test
    void quality_managers_and_executives_read_the_policy_without_the_change_button() throws Exception {
        for (Role role : List.of(Role.QUALITY_MANAGER, Role.EXECUTIVE)) {
            Document page = new PageClient(mvc, user(accounts.create(role).getUsername()).roles(role.name()), "en")
                    .open("/policy");

            assertThat(row(page, "satisfiedFrom")).as(role.name()).contains("85");
            assertThat(page.select("a[href=/policy/edit]")).as(role.name()).isEmpty();
        }
    }

    @Test
    void an_administrator_change_becomes_the_next_version_with_who_why_and_what_changed() throws Exception {
        Document form = adminPages.click(adminPages.open("/policy"), "a[href=/policy/edit]");
        assertThat(form.select("input[name=satisfiedFrom]").val()).isEqualTo("85");
        assertThat(form.select("input[name=lostBusinessPointsByLostCount]").val()).isEqualTo("10,8,6,0");
        assertThat(form.select("input[name=baseVersion]").val()).isEqualTo(Integer.toString(base));
        form.selectFirst("input[name=satisfiedFrom]").val("80");
        form.selectFirst("input[name=lostBusinessPointsByLostCount]").val("10, 5, 0");
        form.selectFirst("textarea[name=reason]").text("Management review 2026-03: FM40 rev. C");

        MvcResult saved = adminPages.submit(form.selectFirst("form.form"));
        assertThat(saved.getResponse().getStatus()).as(saved.getResponse().getContentAsString()).isEqualTo(302);
        Document page = adminPages.follow(saved);

        assertThat(page.select(".flash").text()).isEqualTo("Saved: the new version of the scoring policy is in force.");
        assertThat(page.select("#policy-version").text()).isEqualTo("Version " + (base + 1));
        assertThat(row(page, "satisfiedFrom")).contains(" 80 ");
        assertThat(page.select("tr[data-key=lostBusiness.pointsByLostCount]").eachText()).containsExactly(
                "Customers or lines of business lost: 0 10 points §4.6",
                "Customers or lines of business lost: 1 5 points §4.6",
                "Customers or lines of business lost: 2 or more 0 points §4.6");
        Element version = page.selectFirst("tr[data-version=" + (base + 1) + "]");
        assertThat(version.text()).contains(adminName, "Management review 2026-03: FM40 rev. C");
        assertThat(version.select("li").eachText()).containsExactly(
                "Lost business points by number lost: 10,8,6,0 → 10,5,0",
                "Satisfied from: 85 → 80");
        assertThat(page.select("tr[data-version]").first()).isEqualTo(version);

        PolicyVersion inForce = currentPolicy.currentVersion();
        assertThat(inForce.number()).isEqualTo(base + 1);
        assertThat(inForce.createdBy()).isEqualTo(adminName);
        assertThat(inForce.policy().satisfiedFrom()).isEqualTo(Score.of(80));
        assertThat(currentPolicy.current().lostBusiness().points(1)).isEqualTo(5);
        assertThat(currentPolicy.version(base)).map(PolicyVersion::policy).contains(ScoringPolicy.fm40());
        ScoringPolicyVersion stored = versions.findByNumber(base + 1).orElseThrow();
        assertThat(stored.getChanges()).isEqualTo("lostBusiness.pointsByLostCount: 10,8,6,0 → 10,5,0\n"
                + "satisfiedFrom: 85 → 80");
        assertThat(stored.getPolicyText()).isEqualTo(PolicyText.write(inForce.policy()));
    }

    @Test
    void bad_values_come_back_beside_their_fields_and_nothing_is_stored() throws Exception {
        long before = versions.count();
        Map<String, String> values = fm40Form();
        values.put("surveyMaxPoints", "abc");
        values.put("surveyReviewBelow", "1e9");
        values.put("productReturnsPartialPoints", "-1");
        values.put("satisfiedFrom", "84.955");
        values.put("verySatisfiedFrom", "");
        values.put("minimumSample", "1000000000");
        values.put("lostBusinessPointsByLostCount", "10, 8, 9");
        values.put("highValuePercentage", "9".repeat(21));
        values.put("reason", "  ");

        Document page = postForm(values, 200);

        assertThat(error(page, "surveyMaxPoints")).isEqualTo("Enter a whole number, such as 10.");
        assertThat(error(page, "surveyReviewBelow")).isEqualTo("Enter a number, such as 85 or 84.5.");
        assertThat(error(page, "productReturnsPartialPoints")).isEqualTo("Allowed: from 0 to 10.");
        assertThat(error(page, "satisfiedFrom"))
                .isEqualTo("At most one decimal: verdicts compare the figure as shown, which has one.");
        assertThat(error(page, "verySatisfiedFrom")).isEqualTo("Enter a value.");
        assertThat(error(page, "minimumSample")).isEqualTo("Allowed: from 1 to 10000.");
        assertThat(error(page, "lostBusinessPointsByLostCount")).isEqualTo("Allowed: from 0 to 8.");
        assertThat(error(page, "highValuePercentage")).isEqualTo("A value has at most 20 characters.");
        assertThat(error(page, "reason")).isEqualTo("Say why the policy is changed.");
        assertThat(page.select(".error-summary p").text()).isEqualTo("Please correct these 9 problems:");
        assertThat(page.select("input[name=surveyMaxPoints]").val()).isEqualTo("abc");
        assertThat(versions.count()).isEqualTo(before);
        assertThat(currentPolicy.current()).isEqualTo(ScoringPolicy.fm40());
    }

    @Test
    void part_maxima_that_do_not_add_up_to_100_are_refused_with_the_sum_beside_the_survey_maximum() throws Exception {
        long before = versions.count();
        Map<String, String> values = fm40Form();
        values.put("surveyMaxPoints", "70");
        values.put("reason", "more weight on the survey");

        Document page = postForm(values, 200);

        assertThat(error(page, "surveyMaxPoints")).isEqualTo("The five part maxima add up to 110 (survey 70 + "
                + "product returns 10 + lost business 10 + praise 10 + claims 10); they must add up to exactly 100.");
        assertThat(page.select(".field-error")).hasSize(1);
        assertThat(versions.count()).isEqualTo(before);
    }

    @Test
    void saving_the_policy_in_force_unchanged_is_refused_with_a_message() throws Exception {
        long before = versions.count();
        Map<String, String> values = fm40Form();
        values.put("satisfiedFrom", "85.0");
        values.put("reason", "just checking");

        Document page = postForm(values, 200);

        assertThat(page.select(".alert.error.unchanged").text())
                .isEqualTo("Nothing changed: these are the values of version " + base + ", in force. Change a value or cancel.");
        assertThat(versions.count()).isEqualTo(before);
    }

    @Test
    void a_form_opened_before_another_change_is_refused_shows_that_change_and_saves_on_the_second_try() throws Exception {
        Document form = adminPages.open("/policy/edit");
        String otherAdmin = accounts.create(Role.ADMIN).getUsername();
        Map<String, String> theirs = fm40Form();
        theirs.put("claimsPointsWithClaims", "2");
        theirs.put("reason", "claims settled quickly still earn something");
        mvc.perform(post("/policy/edit").with(user(otherAdmin).roles("ADMIN")).with(csrf()).params(params(theirs)));
        assertThat(currentPolicy.currentVersion().number()).isEqualTo(base + 1);

        form.selectFirst("input[name=targetSatisfactionRate]").val("90");
        form.selectFirst("textarea[name=reason]").text("new company target");
        MvcResult refused = submitInEnglish(form.selectFirst("form.form"));
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        Document again = Jsoup.parse(refused.getResponse().getContentAsString(), "/policy/edit");

        assertThat(again.select(".alert.error.stale p").first().text()).isEqualTo("The policy was changed meanwhile: "
                + "version " + (base + 1) + " was saved by " + otherAdmin + ". Review the values and save again.");
        assertThat(again.select(".alert.error.stale li").eachText()).containsExactly("Points with claims: 0 → 2");
        assertThat(again.select("input[name=targetSatisfactionRate]").val()).isEqualTo("90");
        assertThat(again.select("input[name=claimsPointsWithClaims]").val()).isEqualTo("0");
        assertThat(again.select("input[name=baseVersion]").val()).isEqualTo(Integer.toString(base + 1));
        assertThat(currentPolicy.currentVersion().number()).isEqualTo(base + 1);

        again.selectFirst("input[name=claimsPointsWithClaims]").val("2");
        Document page = adminPages.follow(adminPages.submit(again.selectFirst("form.form")));

        assertThat(page.select("#policy-version").text()).isEqualTo("Version " + (base + 2));
        assertThat(page.select("tr[data-version=" + (base + 2) + "] li").eachText())
                .containsExactly("Satisfaction-rate target %: 85 → 90");
        assertThat(currentPolicy.current().claims().pointsWithClaims()).isEqualTo(2);
        assertThat(currentPolicy.current().targets().satisfactionRate()).isEqualTo(Score.of(90));
    }

    @Test
    void of_concurrent_saves_from_the_same_version_exactly_one_wins_and_the_others_are_told() throws Exception {
        int threads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MvcResult>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Map<String, String> values = fm40Form();
            values.put("minimumSample", Integer.toString(10 + i));
            values.put("reason", "race " + i);
            MockHttpServletRequestBuilder request = post("/policy/edit").with(admin).with(csrf()).param("lang", "en")
                    .params(params(values));
            results.add(pool.submit(() -> {
                start.await();
                return mvc.perform(request).andReturn();
            }));
        }
        start.countDown();
        int won = 0;
        int told = 0;
        for (Future<MvcResult> result : results) {
            MvcResult done = result.get();
            if (done.getResponse().getStatus() == 302) {
                won++;
            } else {
                assertThat(done.getResponse().getStatus()).isEqualTo(200);
                assertThat(done.getResponse().getContentAsString()).contains("The policy was changed meanwhile");
                told++;
            }
        }
        pool.shutdown();

        assertThat(won).isEqualTo(1);
        assertThat(told).isEqualTo(threads - 1);
        assertThat(currentPolicy.currentVersion().number()).isEqualTo(base + 1);
        assertThat(versions.findByNumber(base + 2)).isEmpty();
        assertThat(currentPolicy.current().targets().minimumSample()).isBetween(10, 10 + threads - 1);
    }

    @Test
    void a_forged_base_version_is_refused_without_storing() throws Exception {
        long before = versions.count();
        Map<String, String> values = fm40Form();
        values.put("minimumSample", "7");
        values.put("reason", "forged");

        values.put("baseVersion", "x1");
        Document page = postForm(values, 200);
        assertThat(page.select(".error-summary li").eachText())
                .contains("This form is out of date. Open the policy again and make your change there.");

        values.put("baseVersion", "999999999");
        page = postForm(values, 200);
        assertThat(page.select(".alert.error.stale").text()).contains("The policy was changed meanwhile");
        assertThat(versions.count()).isEqualTo(before);
    }

    /** Submits a form as PageClient does, asking for the answer in English (a form shown again is read here). */
    private MvcResult submitInEnglish(Element form) throws Exception {
        MockHttpServletRequestBuilder request = post(form.attr("action")).with(admin).with(csrf()).param("lang", "en");
        for (var field : ((org.jsoup.nodes.FormElement) form).formData()) {
            if (!field.key().equals("_csrf")) {
                request.param(field.key(), field.value());
            }
        }
        return mvc.perform(request).andReturn();
    }

    private Document postForm(Map<String, String> values, int status) throws Exception {
        MvcResult result = mvc.perform(post("/policy/edit").with(admin).with(csrf()).param("lang", "en")
                .params(params(values))).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
        return Jsoup.parse(result.getResponse().getContentAsString(), "/policy/edit");
    }

    private Map<String, String> fm40Form() {
        Map<String, String> values = new LinkedHashMap<>();
        PolicyText.values(ScoringPolicy.fm40()).forEach((key, value) -> values.put(PolicyForm.field(key), value));
        values.put("baseVersion", Integer.toString(base));
        assertThat(values).hasSize(PolicyKey.values().length + 1);
        return values;
    }

    private static org.springframework.util.MultiValueMap<String, String> params(Map<String, String> values) {
        org.springframework.util.LinkedMultiValueMap<String, String> params = new org.springframework.util.LinkedMultiValueMap<>();
        values.forEach(params::add);
        return params;
    }

    private static String row(Document page, String key) {
        Element row = page.selectFirst("tr[data-key=" + key + "]");
        assertThat(row).as("row " + key).isNotNull();
        return row.text();
    }

    private static String error(Document page, String field) {
        return page.select("#" + field + "-error").text();
    }
}
