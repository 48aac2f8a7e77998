package com.satisfaction.web.record;

import com.satisfaction.persistence.customer.Customer;
import com.satisfaction.persistence.user.Role;
import com.satisfaction.web.PageClient;
import com.satisfaction.web.PostgresApplicationTest;
import com.satisfaction.web.TestAccounts;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.satisfaction.web.record.RecordsFixture.choose;
import static com.satisfaction.web.record.RecordsFixture.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Praise, claims and lost business as a quality manager records them and an executive reads them. */
@PostgresApplicationTest
class RecordsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    RecordsFixture fixture;

    RequestPostProcessor manager;
    PageClient pages;
    Customer acme;

    @BeforeEach
    void aQualityManager() {
        String name = accounts.create(Role.QUALITY_MANAGER).getUsername();
        manager = user(name).roles("QUALITY_MANAGER");
        pages = new PageClient(mvc, manager, "en");
        acme = fixture.customer("苏州精工有限公司");
    }

    @Nested
    class Praise {

        @Test
        void a_manager_records_praise_changes_it_and_deletes_it_after_confirming() throws Exception {
            Document form = pages.open("/records/praise/new");
            Element fields = form.selectFirst("form.form");
            choose(fields, "customerId", acme.getId());
            type(fields, "praisedOn", "2026-03-15");
            choose(fields, "type", "SPOKEN");
            type(fields, "praised", "质量部 王工");
            type(fields, "text", "交货准时，包装很好。");
            Document page = pages.follow(pages.submit(fields));

            assertThat(page.select(".flash").text()).isEqualTo("Praise recorded.");
            assertThat(page.select("h1").text()).isEqualTo("Praise from 苏州精工有限公司");
            assertThat(page.select(".facts").text()).contains(acme.getCode(), "2026-03-15", "Spoken", "质量部 王工",
                    "交货准时，包装很好。");

            Document edit = pages.click(page, "a[href$='/edit']");
            Element editFields = edit.selectFirst("form.form");
            assertThat(editFields.selectFirst("[name=praised]").val()).isEqualTo("质量部 王工");
            type(editFields, "praised", "销售部");
            choose(editFields, "type", "WRITTEN");
            page = pages.follow(pages.submit(editFields));

            assertThat(page.select(".flash").text()).isEqualTo("Praise updated.");
            assertThat(page.select(".facts").text()).contains("销售部", "Written").doesNotContain("王工");

            Document confirm = pages.click(page, "a[href$='/delete']");
            assertThat(confirm.select("h1").text()).isEqualTo("Delete this praise from 苏州精工有限公司?");
            assertThat(confirm.select(".facts").text()).contains("2026-03-15", "销售部", "交货准时");
            assertThat(fixture.count("praise", acme)).isEqualTo(1);
            Document list = pages.follow(pages.submit(confirm.selectFirst(".confirm form")));

            assertThat(list.select(".flash").text()).isEqualTo("Praise deleted.");
            assertThat(fixture.count("praise", acme)).isZero();
        }

        @Test
        void concurrent_edits_and_deletes_of_one_praise_end_in_pages_never_a_server_error() throws Exception {
            MvcResult created = mvc.perform(post("/records/praise/new").with(manager).with(csrf())
                    .param("customerId", acme.getId().toString()).param("praisedOn", "2026-03-15")
                    .param("type", "SPOKEN").param("praised", "QA").param("text", "Fast answers")).andReturn();
            String praise = created.getResponse().getRedirectedUrl();
            ExecutorService threads = Executors.newFixedThreadPool(8);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                MockHttpServletRequestBuilder request = i % 2 == 0
                        ? post(praise + "/delete").with(manager).with(csrf()).param("lang", "en")
                        : post(praise + "/edit").with(manager).with(csrf()).param("lang", "en")
                                .param("customerId", acme.getId().toString()).param("praisedOn", "2026-03-16")
                                .param("type", "WRITTEN").param("praised", "QA " + i).param("text", "Edited");
                statuses.add(threads.submit(() -> {
                    start.await();
                    MvcResult result = mvc.perform(request).andReturn();
                    if (result.getResponse().getStatus() == 409) {
                        assertThat(result.getResponse().getContentAsString())
                                .contains("Changed by someone else", "your change was not saved");
                    }
                    return result.getResponse().getStatus();
                }));
            }
            start.countDown();
            List<Integer> seen = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                seen.add(status.get(60, TimeUnit.SECONDS));
            }
            threads.shutdown();

            assertThat(seen).as("302 done, 404 already gone, 409 lost the race").isSubsetOf(302, 404, 409);
            assertThat(fixture.count("praise", acme)).isZero();
        }

        @Test
        void missing_and_wrong_values_come_back_beside_their_fields_and_nothing_is_stored() throws Exception {
            Document page = postForm("/records/praise/new", "customerId", "", "praisedOn", "2026-02-30", "type", "SUNG",
                    "praised", "", "text", "x".repeat(4001));

            assertThat(errorOf(page, "customerId")).isEqualTo("Choose the customer.");
            assertThat(errorOf(page, "praisedOn")).isEqualTo("The date must be a day of the calendar, written 2026-03-15.");
            assertThat(errorOf(page, "type")).isEqualTo("Choose written or spoken.");
            assertThat(errorOf(page, "praised")).isEqualTo("Enter who was praised: a person or a department.");
            assertThat(errorOf(page, "text")).isEqualTo("What was said takes at most 4000 characters.");
        }

        @Test
        void a_date_after_today_or_before_2000_and_a_customer_that_does_not_exist_are_refused() throws Exception {
            String tomorrow = LocalDate.now().plusDays(1).toString();
            Document future = postForm("/records/praise/new", "customerId", acme.getId().toString(), "praisedOn", tomorrow,
                    "type", "WRITTEN", "praised", "QA", "text", "good");
            Document early = postForm("/records/praise/new", "customerId", acme.getId().toString(), "praisedOn",
                    "1999-12-31", "type", "WRITTEN", "praised", "QA", "text", "good");
            Document unknown = postForm("/records/praise/new", "customerId", "999999999", "praisedOn", "2026-01-02",
                    "type", "WRITTEN", "praised", "QA", "text", "good");

            assertThat(errorOf(future, "praisedOn")).isEqualTo("The date cannot be after today: these records are of what has happened.");
            assertThat(errorOf(early, "praisedOn")).isEqualTo("The date cannot be before 2000-01-01.");
            assertThat(errorOf(unknown, "customerId")).isEqualTo("There is no such customer; choose one from the list.");
            assertThat(fixture.count("praise", acme)).isZero();
        }

        @Test
        void the_list_filters_by_customer_period_and_form_and_pages_in_25s() throws Exception {
            Customer other = fixture.customer("Other Co");
            for (int i = 1; i <= 27; i++) {
                record("/records/praise/new", "customerId", acme.getId().toString(),
                        "praisedOn", LocalDate.of(2025, 1, 1).plusDays(i).toString(), "type", i % 3 == 0 ? "SPOKEN" : "WRITTEN",
                        "praised", "P" + i, "text", "t");
            }
            record("/records/praise/new", "customerId", acme.getId().toString(), "praisedOn", "2025-08-01",
                    "type", "SPOKEN", "praised", "H2", "text", "t");
            record("/records/praise/new", "customerId", other.getId().toString(), "praisedOn", "2025-02-01",
                    "type", "SPOKEN", "praised", "Other", "text", "t");

            Document first = pages.open("/records/praise?customer=" + acme.getId() + "&period=2025-H1");
            assertThat(first.select(".hint").first().text()).isEqualTo("27 records");
            assertThat(first.select("table.praise tbody tr")).hasSize(25);
            assertThat(first.select("table.praise tbody tr").first().text()).contains("2025-01-28", "P27");
            assertThat(first.select(".pager").text()).contains("Page 1 of 2");
            Document second = pages.click(first, ".pager a[rel=next]");
            assertThat(second.select("table.praise tbody tr")).hasSize(2);
            assertThat(second.select("table.praise tbody tr").text()).contains("P2", "P1").doesNotContain("Other");

            Document spoken = pages.open("/records/praise?customer=" + acme.getId() + "&period=2025-H1&type=SPOKEN");
            assertThat(spoken.select(".hint").first().text()).isEqualTo("9 records");
            assertThat(spoken.select("table.praise tbody tr td:nth-child(3)").eachText()).containsOnly("Spoken");

            Document wholeYear = pages.open("/records/praise?customer=" + acme.getId() + "&period=nonsense&page=x");
            assertThat(wholeYear.select(".hint").first().text()).isEqualTo("28 records");
        }
    }

    @Nested
    class Claims {

        @Test
        void a_new_claim_starts_with_its_customer_and_links_one_of_its_complaints() throws Exception {
            long complaint = fixture.complaint(acme, "外箱破损，三箱受潮", Instant.parse("2026-02-10T02:00:00Z"));
            Document picker = pages.open("/records/claims/new");
            assertThat(picker.select("form.choose-customer")).hasSize(1);
            assertThat(picker.select("form.form[method=post]")).isEmpty();

            Document form = pages.open("/records/claims/new?customer=" + acme.getId());
            Element fields = form.selectFirst("form.form[method=post]");
            assertThat(fields.select("select[name=complaintId] option").eachText())
                    .containsExactly("None", "#" + complaint + " · 2026-02-10 · 外箱破损，三箱受潮");
            type(fields, "claimedOn", "2026-03-01");
            type(fields, "amount", "0.0001");
            type(fields, "reason", "受潮退货运费");
            choose(fields, "complaintId", complaint);
            Document page = pages.follow(pages.submit(fields));

            assertThat(page.select(".flash").text()).isEqualTo("Claim recorded.");
            assertThat(page.select(".facts .amount").text()).isEqualTo("0.0001 CNY");
            assertThat(page.select(".facts .complaint").text()).isEqualTo("#" + complaint + " · 2026-02-10 · 外箱破损，三箱受潮");

            Element edit = pages.click(page, "a[href$='/edit']").selectFirst("form.form[method=post]");
            assertThat(edit.selectFirst("[name=amount]").val()).isEqualTo("0.0001");
            type(edit, "amount", "999999999999999.9999");
            choose(edit, "currency", "USD");
            choose(edit, "complaintId", "");
            page = pages.follow(pages.submit(edit));

            assertThat(page.select(".flash").text()).isEqualTo("Claim updated.");
            assertThat(page.select(".facts .amount").text()).isEqualTo("999,999,999,999,999.9999 USD");
            assertThat(page.select(".facts .complaint").text()).isEqualTo("None");
        }

        @ParameterizedTest(name = "\"{0}\" → {1}")
        @CsvSource(delimiter = '|', value = {
                "1e3                  | Write the amount out in full, not in exponent notation (1000, not 1e3).",
                "'1,000'              | Leave out thousands separators and commas (1000.50, not 1,000.50).",
                "-5                   | The amount must be more than 0.",
                "0                    | The amount must be more than 0.",
                "0.00001              | The amount has at most four decimals.",
                "1000000000000000     | The amount must be less than 1,000,000,000,000,000 (10 to the 15th).",
                "abc                  | Write the amount in digits with at most one decimal point, e.g. 1000.50.",
                "''                   | Enter the amount."})
        void an_amount_that_is_not_exactly_an_amount_is_refused_with_its_reason(String amount, String message)
                throws Exception {
            Document page = postForm("/records/claims/new", "customerId", acme.getId().toString(), "claimedOn",
                    "2026-03-01", "amount", amount, "currency", "CNY", "reason", "r", "complaintId", "");

            assertThat(errorOf(page, "amount")).isEqualTo(message);
            assertThat(fixture.count("claim", acme)).isZero();
        }

        @Test
        void the_smallest_and_largest_amounts_are_stored_exactly() throws Exception {
            record("/records/claims/new", "customerId", acme.getId().toString(), "claimedOn", "2026-03-01",
                    "amount", "0.0001", "currency", "CNY", "reason", "r", "complaintId", "");
            record("/records/claims/new", "customerId", acme.getId().toString(), "claimedOn", "2026-03-02",
                    "amount", "999999999999999.9999", "currency", "JPY", "reason", "r", "complaintId", "");

            Document list = pages.open("/records/claims?customer=" + acme.getId());
            assertThat(list.select("table.claims td.num").eachText())
                    .containsExactly("999,999,999,999,999.9999 JPY", "0.0001 CNY");
        }

        @Test
        void another_customers_complaint_an_unknown_complaint_and_an_unknown_currency_are_refused() throws Exception {
            Customer other = fixture.customer("Someone Else");
            long theirs = fixture.complaint(other, "not yours", Instant.parse("2026-01-05T00:00:00Z"));

            Document foreign = postForm("/records/claims/new", "customerId", acme.getId().toString(), "claimedOn",
                    "2026-03-01", "amount", "10", "currency", "CNY", "reason", "r", "complaintId", String.valueOf(theirs));
            Document unknown = postForm("/records/claims/new", "customerId", acme.getId().toString(), "claimedOn",
                    "2026-03-01", "amount", "10", "currency", "CNY", "reason", "r", "complaintId", "999999999");
            Document currency = postForm("/records/claims/new", "customerId", acme.getId().toString(), "claimedOn",
                    "2026-03-01", "amount", "10", "currency", "XBT", "reason", "r", "complaintId", "");

            assertThat(errorOf(foreign, "complaintId"))
                    .isEqualTo("That complaint belongs to another customer; choose one of this customer's complaints.");
            assertThat(foreign.select("select[name=complaintId] option").eachText()).doesNotContain("not yours");
            assertThat(errorOf(unknown, "complaintId")).isEqualTo("There is no such complaint; choose one from the list.");
            assertThat(errorOf(currency, "currency")).isEqualTo("Choose a currency from the list.");
            assertThat(fixture.count("claim", acme)).isZero();
        }

        @Test
        void the_list_filters_by_currency_and_link_and_totals_each_currency_apart() throws Exception {
            long complaint = fixture.complaint(acme, "linked", Instant.parse("2026-01-05T00:00:00Z"));
            record("/records/claims/new", "customerId", acme.getId().toString(), "claimedOn", "2026-01-10",
                    "amount", "100.25", "currency", "CNY", "reason", "a", "complaintId", String.valueOf(complaint));
            record("/records/claims/new", "customerId", acme.getId().toString(), "claimedOn", "2026-02-10",
                    "amount", "0.75", "currency", "CNY", "reason", "b", "complaintId", "");
            record("/records/claims/new", "customerId", acme.getId().toString(), "claimedOn", "2026-03-10",
                    "amount", "40", "currency", "USD", "reason", "c", "complaintId", "");

            Document all = pages.open("/records/claims?customer=" + acme.getId() + "&period=2026-H1");
            assertThat(all.select("table.totals tr").eachText())
                    .containsExactly("CNY 2 claims 101.00 CNY", "USD 1 claim 40.00 USD");
            Document usd = pages.open("/records/claims?customer=" + acme.getId() + "&currency=USD");
            assertThat(usd.select("table.claims tbody tr")).hasSize(1);
            assertThat(usd.select("table.totals tr").eachText()).containsExactly("USD 1 claim 40.00 USD");
            Document linked = pages.open("/records/claims?customer=" + acme.getId() + "&linked=yes");
            assertThat(linked.select("table.claims tbody tr").text()).contains("100.25 CNY", "Complaint #" + complaint);
            assertThat(linked.select("table.claims tbody tr")).hasSize(1);
            Document unlinked = pages.open("/records/claims?customer=" + acme.getId() + "&linked=no");
            assertThat(unlinked.select("table.claims td.num").eachText()).containsExactly("40.00 USD", "0.75 CNY");
        }
    }

    @Nested
    class LostBusiness {

        @Test
        void marking_a_customer_lost_shows_on_its_register_page_until_the_record_is_deleted() throws Exception {
            assertThat(pages.open("/customers/" + acme.getId()).select(".lost-on")).isEmpty();

            Element fields = pages.open("/records/lost-business/new?customer=" + acme.getId()).selectFirst("form.form");
            choose(fields, "kind", "CUSTOMER");
            type(fields, "lostOn", "2026-05-01");
            type(fields, "reason", "转向低价供应商");
            type(fields, "estimatedValue", "1200000");
            Document page = pages.follow(pages.submit(fields));

            assertThat(page.select(".flash").text()).isEqualTo("Lost business recorded.");
            assertThat(page.select(".facts").text()).contains("Lost customer", "2026-05-01", "转向低价供应商");
            assertThat(page.select(".facts .amount").text()).isEqualTo("1,200,000.00 CNY");
            Document customer = pages.open("/customers/" + acme.getId());
            assertThat(customer.select(".lost-on").text()).contains("Lost on 2026-05-01");

            Document confirm = pages.click(page, "a[href$='/delete']");
            Document list = pages.follow(pages.submit(confirm.selectFirst(".confirm form")));
            assertThat(list.select(".flash").text()).isEqualTo("Lost business deleted.");
            assertThat(pages.open("/customers/" + acme.getId()).select(".lost-on")).isEmpty();
        }

        @Test
        void a_lost_product_line_must_be_named_and_a_lost_customers_line_is_not_kept() throws Exception {
            Document unnamed = postForm("/records/lost-business/new", "customerId", acme.getId().toString(),
                    "kind", "PRODUCT_LINE", "productLine", " ", "lostOn", "2026-04-01", "reason", "r",
                    "estimatedValue", "", "currency", "CNY");
            assertThat(errorOf(unnamed, "productLine")).isEqualTo("Name the product line that was lost.");

            Document page = pages.follow(record("/records/lost-business/new", "customerId", acme.getId().toString(),
                    "kind", "CUSTOMER", "productLine", "齿轮", "lostOn", "2026-04-01", "reason", "r",
                    "estimatedValue", "", "currency", "CNY"));
            assertThat(page.select(".facts").text()).doesNotContain("齿轮").contains("Unknown");
            assertThat(pages.open("/customers/" + acme.getId()).select(".lost-on").text()).contains("2026-04-01");
        }

        @Test
        void an_estimated_value_is_read_exactly_and_needs_an_offered_currency() throws Exception {
            Document page = postForm("/records/lost-business/new", "customerId", acme.getId().toString(),
                    "kind", "PRODUCT_LINE", "productLine", "轴承", "lostOn", "2026-04-01", "reason", "r",
                    "estimatedValue", "1e6", "currency", "RMB");

            assertThat(errorOf(page, "estimatedValue"))
                    .isEqualTo("Write the amount out in full, not in exponent notation (1000, not 1e3).");
            assertThat(errorOf(page, "currency")).isEqualTo("Choose a currency from the list.");
            assertThat(fixture.count("lost_business", acme)).isZero();
        }

        @Test
        void the_list_filters_by_kind() throws Exception {
            record("/records/lost-business/new", "customerId", acme.getId().toString(), "kind", "PRODUCT_LINE",
                    "productLine", "齿轮", "lostOn", "2026-02-01", "reason", "r", "estimatedValue", "5", "currency", "EUR");
            record("/records/lost-business/new", "customerId", acme.getId().toString(), "kind", "CUSTOMER",
                    "productLine", "", "lostOn", "2026-03-01", "reason", "r", "estimatedValue", "", "currency", "CNY");

            Document lines = pages.open("/records/lost-business?customer=" + acme.getId() + "&type=PRODUCT_LINE");
            assertThat(lines.select("table.lost-business tbody tr")).hasSize(1);
            assertThat(lines.select("table.lost-business tbody tr").text()).contains("Lost product line", "齿轮", "5.00 EUR");
            Document all = pages.open("/records/lost-business?customer=" + acme.getId());
            assertThat(all.select("table.lost-business tbody tr")).hasSize(2);
        }
    }

    @Nested
    class Index {

        @Test
        void the_index_counts_what_the_chosen_period_holds() throws Exception {
            Customer old = fixture.customer("Old Times Ltd");
            record("/records/praise/new", "customerId", old.getId().toString(), "praisedOn", "2019-01-02",
                    "type", "WRITTEN", "praised", "QA", "text", "t");
            record("/records/praise/new", "customerId", old.getId().toString(), "praisedOn", "2019-06-30",
                    "type", "SPOKEN", "praised", "QA", "text", "t");
            record("/records/claims/new", "customerId", old.getId().toString(), "claimedOn", "2019-03-01",
                    "amount", "12.5", "currency", "USD", "reason", "r", "complaintId", "");
            record("/records/lost-business/new", "customerId", old.getId().toString(), "kind", "CUSTOMER",
                    "productLine", "", "lostOn", "2019-05-01", "reason", "r", "estimatedValue", "", "currency", "CNY");
            record("/records/lost-business/new", "customerId", old.getId().toString(), "kind", "PRODUCT_LINE",
                    "productLine", "x", "lostOn", "2019-05-02", "reason", "r", "estimatedValue", "", "currency", "CNY");

            Document index = pages.open("/records?period=2019-H1");

            assertThat(index.select("#praise dd").text()).isEqualTo("2");
            assertThat(index.select("#claims dd").eachText()).containsExactly("1", "12.50 USD");
            assertThat(index.select("#lost-business dd").eachText()).containsExactly("2", "1");
            assertThat(index.select("#deliveries a").attr("href")).isEqualTo("/deliveries");
            assertThat(index.select("#praise a").attr("href")).isEqualTo("/records/praise?period=2019-H1");
        }
    }

    @Nested
    class AuditTrail {

        @Test
        void a_claims_page_shows_who_recorded_and_changed_it_with_each_field_before_and_after() throws Exception {
            long complaint = fixture.complaint(acme, "audit", Instant.parse("2026-01-05T00:00:00Z"));
            String recorder = accounts.create(Role.QUALITY_MANAGER).getUsername();
            String editor = accounts.create(Role.ADMIN).getUsername();
            PageClient first = new PageClient(mvc, user(recorder).roles("QUALITY_MANAGER"), "en");
            PageClient second = new PageClient(mvc, user(editor).roles("ADMIN"), "en");

            Element fields = first.open("/records/claims/new?customer=" + acme.getId()).selectFirst("form.form[method=post]");
            type(fields, "claimedOn", "2026-03-01");
            type(fields, "amount", "0.0001");
            type(fields, "reason", "破损");
            choose(fields, "complaintId", complaint);
            Document page = first.follow(first.submit(fields));
            assertThat(trail(page)).hasSize(1);
            assertThat(trail(page).get(0).text()).contains(recorder, "Created", "Amount: 0.0001 CNY",
                    "Linked complaint number: " + complaint, "Reason: 破损");

            Element edit = second.click(second.open(page.location()), "a[href$='/edit']").selectFirst("form.form[method=post]");
            type(edit, "amount", "12.5");
            choose(edit, "currency", "USD");
            choose(edit, "complaintId", "");
            page = second.follow(second.submit(edit));

            assertThat(trail(page)).hasSize(2);
            Element change = trail(page).get(1);
            assertThat(change.text()).contains(editor, "Changed");
            assertThat(change.select("li").eachText()).containsExactlyInAnyOrder(
                    "Amount: 0.0001 CNY → 12.5 USD", "Linked complaint number: " + complaint + " → (empty)");
        }

        @Test
        void praise_and_lost_business_show_their_changes_in_words() throws Exception {
            Document praise = pages.follow(record("/records/praise/new", "customerId", acme.getId().toString(),
                    "praisedOn", "2026-01-05", "type", "WRITTEN", "praised", "QA", "text", "required"));
            Element praiseEdit = pages.click(praise, "a[href$='/edit']").selectFirst("form.form");
            choose(praiseEdit, "type", "SPOKEN");
            praise = pages.follow(pages.submit(praiseEdit));
            assertThat(trail(praise).get(0).text()).contains("What was said: required");
            assertThat(trail(praise).get(1).select("li").eachText()).containsExactly("Form: Written → Spoken");

            Document lost = pages.follow(record("/records/lost-business/new", "customerId", acme.getId().toString(),
                    "kind", "PRODUCT_LINE", "productLine", "齿轮", "lostOn", "2026-02-01", "reason", "r",
                    "estimatedValue", "5", "currency", "EUR"));
            Element lostEdit = pages.click(lost, "a[href$='/edit']").selectFirst("form.form");
            choose(lostEdit, "kind", "CUSTOMER");
            type(lostEdit, "estimatedValue", "");
            lost = pages.follow(pages.submit(lostEdit));
            assertThat(trail(lost).get(1).select("li").eachText()).containsExactlyInAnyOrder(
                    "Kind: Lost product line → Lost customer", "Product line: 齿轮 → (empty)",
                    "Estimated annual value: 5 EUR → (empty)");
        }

        private static org.jsoup.select.Elements trail(Document page) {
            return page.select(".audit-trail table.audit tbody tr");
        }
    }

    @Nested
    class Executive {

        @Test
        void an_executive_reads_lists_and_pages_without_the_buttons_that_change_them() throws Exception {
            MvcResult created = record("/records/praise/new", "customerId", acme.getId().toString(),
                    "praisedOn", "2026-01-05", "type", "WRITTEN", "praised", "QA", "text", "t");
            String location = created.getResponse().getRedirectedUrl();
            PageClient executive = new PageClient(mvc,
                    user(accounts.create(Role.EXECUTIVE).getUsername()).roles("EXECUTIVE"), "en");

            Document page = executive.open(location);
            assertThat(page.select(".facts").text()).contains("QA");
            assertThat(page.select("a[href$='/edit'], a[href$='/delete']")).isEmpty();
            assertThat(executive.open("/records/praise").select("a[href^='/records/praise/new']")).isEmpty();
            assertThat(executive.open("/records").select("h1").text()).isEqualTo("Operational record");
        }
    }

    @Test
    void a_record_that_does_not_exist_is_a_404() throws Exception {
        assertThat(mvc.perform(get("/records/claims/999999999").with(manager)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(post("/records/lost-business/999999999/delete").with(manager).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    /** Posts a form that must be shown again with its messages (200). */
    private Document postForm(String url, String... params) throws Exception {
        MvcResult result = mvc.perform(post(url).with(manager).with(csrf()).param("lang", "en").params(form(params)))
                .andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return org.jsoup.Jsoup.parse(result.getResponse().getContentAsString());
    }

    /** Posts a form that must be saved (a redirect to the record's page). */
    private MvcResult record(String url, String... params) throws Exception {
        MvcResult result = mvc.perform(post(url).with(manager).with(csrf()).params(form(params))).andReturn();
        assertThat(result.getResponse().getStatus()).as("%s: %s", url, result.getResponse().getContentAsString())
                .isEqualTo(302);
        return result;
    }

    private static org.springframework.util.MultiValueMap<String, String> form(String... params) {
        var map = new org.springframework.util.LinkedMultiValueMap<String, String>();
        for (int i = 0; i < params.length; i += 2) {
            map.add(params[i], params[i + 1]);
        }
        return map;
    }

    private static String errorOf(Document page, String field) {
        Element error = page.getElementById(field + "-error");
        assertThat(error).as("message beside %s", field).isNotNull();
        return error.text();
    }
}
