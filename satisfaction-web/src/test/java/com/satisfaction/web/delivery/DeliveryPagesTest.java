package com.satisfaction.web.delivery;

import com.satisfaction.core.period.Period;
import com.satisfaction.persistence.customer.Customer;
import com.satisfaction.persistence.customer.CustomerRepository;
import com.satisfaction.persistence.delivery.DeliveryRepository;
import com.satisfaction.persistence.delivery.DeliveryTotals;
import com.satisfaction.persistence.user.Role;
import com.satisfaction.web.PageClient;
import com.satisfaction.web.PostgresApplicationTest;
import com.satisfaction.web.TestAccounts;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@PostgresApplicationTest
class DeliveryPagesTest {

    static final Period H1 = Period.of("2026-H1");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CustomerRepository customers;

    @Autowired
    DeliveryRepository deliveries;

    RequestPostProcessor manager;
    String managerName;
    PageClient pages;
    String code;
    long customer;

    @BeforeEach
    void aQualityManagerAndACustomer() {
        managerName = accounts.create(Role.QUALITY_MANAGER).getUsername();
        manager = user(managerName).roles("QUALITY_MANAGER");
        pages = new PageClient(mvc, manager, "en");
        code = "P" + UUID.randomUUID().toString().substring(0, 8);
        customer = customers.save(new Customer(code, "宁波模具有限公司", Instant.now())).getId();
    }

    String manager() {
        return managerName;
    }

    MvcResult post(String url, String... fields) throws Exception {
        MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url)
                .with(manager).with(csrf()).param("lang", "en");
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(request).andReturn();
    }

    Document created(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(302);
        return pages.follow(result);
    }

    Document lot(String kind, String lot, String day, String quantity, String reason) throws Exception {
        return created(post("/deliveries/new", "kind", kind, "customerId", Long.toString(customer), "lot", lot, "day", day,
                "quantity", quantity, "defectReason", reason, "notes", ""));
    }

    @Test
    void a_manager_types_a_delivery_in_the_form_and_sees_it_on_its_page_and_in_the_list() throws Exception {
        Document form = pages.click(pages.open("/deliveries"), "a[href*='kind=DELIVERY']:not([href*=PERIOD])");
        assertThat(form.select("h1").text()).isEqualTo("New delivery or return of a lot");
        form.select("select[name=customerId] option").removeAttr("selected");
        form.selectFirst("select[name=customerId] option[value=" + customer + "]").attr("selected", true);
        form.selectFirst("input[name=lot]").val("NB-2026-001");
        form.selectFirst("input[name=day]").val("2026-03-15");
        form.selectFirst("input[name=quantity]").val("12,000");
        form.selectFirst("textarea[name=notes]").val("首批");
        Document page = created(pages.submit(form.selectFirst("form.form")));

        assertThat(page.select(".flash").text()).isEqualTo("Saved.");
        assertThat(page.select("h1").text()).isEqualTo("Delivery NB-2026-001");
        assertThat(page.select(".facts").text()).contains(code + " 宁波模具有限公司", "2026-03-15", "12,000", "首批");
        assertThat(deliveries.totalsFor(customer, H1)).isEqualTo(new DeliveryTotals(customer, 12_000, 0));

        Document list = pages.open("/deliveries?customer=" + code);
        assertThat(list.select("table.movements tbody tr").eachText())
                .containsExactly("2026-03-15 Delivery " + code + " 宁波模具有限公司 NB-2026-001 12,000");
    }

    @Test
    void the_list_filters_by_customer_period_and_type_and_sums_the_selected_rows_in_sql() throws Exception {
        lot("DELIVERY", "L1", "2026-01-10", "6000", "");
        lot("DELIVERY", "L2", "2026-05-20", "4000", "");
        lot("RETURN", "L1", "2026-02-01", "30", "划伤");
        lot("RETURN", "L1", "2026-02-01", "20", "毛刺");
        lot("DELIVERY", "L3", "2026-08-01", "999", "");

        Document h1 = pages.open("/deliveries?customer=" + code.toLowerCase() + "&period=2026-H1");
        assertThat(h1.select(".sum-rows").text()).isEqualTo("4");
        assertThat(h1.select(".sum-delivered").text()).isEqualTo("10,000");
        assertThat(h1.select(".sum-returned").text()).isEqualTo("50");
        assertThat(h1.select(".sum-rate").text()).isEqualTo("0.5 %");
        assertThat(h1.select("table.movements tbody tr")).hasSize(4);

        Document returns = pages.open("/deliveries?customer=" + code + "&type=RETURN");
        assertThat(returns.select("table.movements tbody tr").eachText()).containsExactly(
                "2026-02-01 Return " + code + " 宁波模具有限公司 L1 20 毛刺",
                "2026-02-01 Return " + code + " 宁波模具有限公司 L1 30 划伤");
        assertThat(returns.select(".sum-rate").text()).isEqualTo("no data");

        Document h2 = pages.open("/deliveries?customer=宁波模具&period=2026-H2&type=DELIVERY");
        assertThat(h2.select("table.movements tbody").text()).contains("L3").doesNotContain("L2");
        assertThat(pages.open("/deliveries?customer=" + code + "&period=2026-H3&type=BOGUS").select(".sum-rows").text())
                .as("an unknown period or type is no filter").isEqualTo("5");

        Document one = pages.open("/deliveries?customerId=" + customer + "&period=2026-H1&type=RETURN");
        assertThat(one.select(".only-customer").text()).isEqualTo("Rows of " + code + " 宁波模具有限公司 only. All customers");
        assertThat(one.select(".sum-returned").text()).isEqualTo("50");
        assertThat(one.select(".sum-rows").text()).isEqualTo("2");
        assertThat(pages.open("/deliveries?customerId=x1").select(".only-customer")).as("a bad id is no filter").isEmpty();
    }

    @Test
    void the_list_is_paged_in_sql_twenty_five_rows_a_page() throws Exception {
        for (int i = 1; i <= 27; i++) {
            lot("DELIVERY", "PG-" + i, "2026-04-" + String.format("%02d", i), "1", "");
        }
        Document first = pages.open("/deliveries?customer=" + code);
        assertThat(first.select("table.movements tbody tr")).hasSize(25);
        assertThat(first.select(".pager").text()).contains("Page 1 of 2");
        assertThat(first.select("table.movements tbody tr").first().text()).contains("PG-27");

        Document second = pages.click(first, ".pager a[rel=next]");
        assertThat(second.select("table.movements tbody tr").eachText()).hasSize(2)
                .allSatisfy(row -> assertThat(row).containsAnyOf("PG-1 ", "PG-2 "));
        assertThat(second.select(".sum-delivered").text()).as("the sums cover every page").isEqualTo("27");
    }

    @Test
    void bad_input_is_shown_by_its_fields_and_nothing_is_stored() throws Exception {
        MvcResult empty = post("/deliveries/new", "kind", "RETURN");
        assertThat(empty.getResponse().getStatus()).isEqualTo(200);
        Document form = org.jsoup.Jsoup.parse(empty.getResponse().getContentAsString());
        assertThat(form.select(".field-error").eachText()).containsExactlyInAnyOrder("Choose a customer.",
                "Enter the lot.", "Enter the date.", "Enter the quantity.", "A return needs its defect reason.");

        MvcResult wrong = post("/deliveries/new", "kind", "SWAP", "customerId", Long.toString(customer), "lot", "x".repeat(61),
                "day", "2026-02-30", "quantity", "-5", "notes", "n".repeat(1001));
        assertThat(org.jsoup.Jsoup.parse(wrong.getResponse().getContentAsString()).select(".field-error").eachText())
                .containsExactlyInAnyOrder("Choose delivery or return.", "A lot holds at most 60 characters.",
                        "Write a date of the calendar as 2026-03-15 (or 2026/3/15, 20260315).",
                        "The quantity is at least 1.", "Notes hold at most 1000 characters.");

        MvcResult unknown = post("/deliveries/new", "kind", "DELIVERY", "customerId", "999999999999", "lot", "L",
                "day", "2026-01-01", "quantity", "1.5");
        assertThat(org.jsoup.Jsoup.parse(unknown.getResponse().getContentAsString()).select(".field-error").eachText())
                .containsExactly("The quantity is a whole number of units (e.g. 1200 or 1,200).");
        MvcResult noSuchCustomer = post("/deliveries/new", "kind", "DELIVERY", "customerId", "999999999999", "lot", "L",
                "day", "2026-01-01", "quantity", "5");
        assertThat(org.jsoup.Jsoup.parse(noSuchCustomer.getResponse().getContentAsString()).select(".field-error").eachText())
                .containsExactly("Choose a customer of the register.");
        assertThat(deliveries.totalsFor(customer, H1)).isEqualTo(new DeliveryTotals(customer, 0, 0));
    }

    @Test
    void a_lot_is_delivered_once_and_a_return_is_recorded_once_per_day_and_reason() throws Exception {
        lot("DELIVERY", "L1", "2026-01-10", "100", "");
        lot("RETURN", "L1", "2026-01-20", "3", "划伤");

        MvcResult again = post("/deliveries/new", "kind", "DELIVERY", "customerId", Long.toString(customer), "lot", "L1",
                "day", "2026-02-10", "quantity", "5");
        assertThat(org.jsoup.Jsoup.parse(again.getResponse().getContentAsString()).select(".field-error").text())
                .isEqualTo("This customer has a delivery of this lot already; change that one.");
        MvcResult returnAgain = post("/deliveries/new", "kind", "RETURN", "customerId", Long.toString(customer), "lot", "L1",
                "day", "2026-01-20", "quantity", "5", "defectReason", "划伤");
        assertThat(org.jsoup.Jsoup.parse(returnAgain.getResponse().getContentAsString()).select(".field-error").text())
                .isEqualTo("This return (same lot, date and defect reason) is recorded already; change that one.");
        assertThat(deliveries.totalsFor(customer, H1)).isEqualTo(new DeliveryTotals(customer, 100, 3));
    }

    @Test
    void a_per_period_total_is_typed_and_never_counted_with_lots_of_its_period() throws Exception {
        Document form = pages.open("/deliveries/new?kind=DELIVERY&scope=PERIOD");
        assertThat(form.select("h1").text()).isEqualTo("New per-period total");
        assertThat(form.select("input[name=lot]")).isEmpty();
        Document total = created(post("/deliveries/new?scope=PERIOD", "kind", "DELIVERY", "customerId", Long.toString(customer),
                "period", "2026-H1", "quantity", "50000", "notes", "ERP 无批次"));
        assertThat(total.select("h1").text()).isEqualTo("Delivery Total of 2026-H1");
        assertThat(total.select(".movement-period").text()).isEqualTo("2026-H1");

        MvcResult lotInTotal = post("/deliveries/new", "kind", "DELIVERY", "customerId", Long.toString(customer), "lot", "L9",
                "day", "2026-04-01", "quantity", "5");
        assertThat(org.jsoup.Jsoup.parse(lotInTotal.getResponse().getContentAsString()).select(".field-error").text())
                .isEqualTo("This customer has a per-period total of this kind for this date; a lot would count twice.");
        MvcResult secondTotal = post("/deliveries/new?scope=PERIOD", "kind", "DELIVERY", "customerId", Long.toString(customer),
                "period", "2026-H1", "quantity", "1");
        assertThat(org.jsoup.Jsoup.parse(secondTotal.getResponse().getContentAsString()).select(".field-error").text())
                .isEqualTo("This customer has a total of this kind for this period already; change that one.");

        lot("RETURN", "L9", "2026-04-01", "25", "变形");
        MvcResult returnTotal = post("/deliveries/new?scope=PERIOD", "kind", "RETURN", "customerId", Long.toString(customer),
                "period", "2026-H1", "quantity", "100");
        assertThat(org.jsoup.Jsoup.parse(returnTotal.getResponse().getContentAsString()).select(".field-error").text())
                .isEqualTo("This customer has lots of this kind dated in this period; a total would count them twice.");
        MvcResult badPeriod = post("/deliveries/new?scope=PERIOD", "kind", "RETURN", "customerId", Long.toString(customer),
                "period", "2026-Q1", "quantity", "100");
        assertThat(org.jsoup.Jsoup.parse(badPeriod.getResponse().getContentAsString()).select(".field-error").text())
                .isEqualTo("Write the period as 2026-H1 (January–June) or 2026-H2 (July–December).");

        assertThat(deliveries.totalsFor(customer, H1)).isEqualTo(new DeliveryTotals(customer, 50_000, 25));
        assertThat(pages.open("/deliveries?customer=" + code).select("table.movements tbody").text())
                .contains("Total of 2026-H1 Delivery", "Per-period total 50,000");
    }

    @Test
    void a_row_is_changed_and_deleted_after_asking() throws Exception {
        Document page = lot("RETURN", "L5", "2026-03-03", "7", "划伤");
        Document edit = pages.click(page, "a[href$='/edit']");
        assertThat(edit.select("input[name=quantity]").val()).isEqualTo("7");
        edit.selectFirst("input[name=quantity]").val("9");
        edit.selectFirst("input[name=defectReason]").val("划伤严重");
        Document changed = created(pages.submit(edit.selectFirst("form.form")));
        assertThat(changed.select(".flash").text()).isEqualTo("Changes saved.");
        assertThat(changed.select(".movement-quantity").text()).isEqualTo("9");
        assertThat(changed.select(".movement-reason").text()).isEqualTo("划伤严重");
        var trail = changed.select(".audit-trail tbody tr");
        assertThat(trail).hasSize(2);
        assertThat(trail.get(0).text()).contains(manager(), "Created", "Customer: 宁波模具有限公司", "Lot: L5", "Date: 2026-03-03",
                "Quantity: 7", "Defect reason: 划伤");
        assertThat(trail.get(1).text()).contains(manager(), "Changed", "Quantity: 7 → 9", "Defect reason: 划伤 → 划伤严重")
                .doesNotContain("Lot:");

        Document confirm = pages.click(changed, "a[href$='/delete']");
        assertThat(confirm.select("h1").text()).isEqualTo("Delete this row?");
        assertThat(confirm.select(".confirm-items").text()).contains("Return", code, "Lot L5 on 2026-03-03", "Quantity 9");
        Document list = pages.follow(pages.submit(confirm.selectFirst("form[action$=/delete]")));
        assertThat(list.select(".flash").text()).isEqualTo("Deleted.");
        assertThat(deliveries.totalsFor(customer, H1)).isEqualTo(new DeliveryTotals(customer, 0, 0));
        String show = changed.location();
        assertThat(mvc.perform(get(show).with(manager)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(show + "/delete")
                .with(manager).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void an_executive_reads_the_list_and_a_row_without_any_button_that_changes_them() throws Exception {
        Document page = lot("DELIVERY", "EX-1", "2026-03-03", "7", "");
        PageClient executive = new PageClient(mvc, user(accounts.create(Role.EXECUTIVE).getUsername()).roles("EXECUTIVE"), "en");

        Document list = executive.open("/deliveries?customer=" + code);
        assertThat(list.select("table.movements tbody").text()).contains("EX-1");
        assertThat(list.select("a[href*='/deliveries/new'], a[href='/deliveries/import']")).isEmpty();
        Document row = executive.open(page.location());
        assertThat(row.select(".facts").text()).contains("EX-1");
        assertThat(row.select("a[href$='/edit'], a[href$='/delete']")).isEmpty();
    }

    @Test
    void the_pages_speak_chinese_by_default() throws Exception {
        lot("RETURN", "ZH-1", "2026-03-03", "7", "划伤");
        PageClient chinese = new PageClient(mvc, manager, "zh");
        Document list = chinese.open("/deliveries?customer=" + code);

        assertThat(list.select("h1").text()).isEqualTo("发货与退货");
        assertThat(list.select("table.movements tbody").text()).contains("退货", "划伤");
        Element rate = list.selectFirst(".sum-rate");
        assertThat(rate.text()).isEqualTo("无数据");
    }
}
