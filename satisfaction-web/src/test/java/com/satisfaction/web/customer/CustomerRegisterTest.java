package com.satisfaction.web.customer;

import com.satisfaction.persistence.customer.CustomerRepository;
import com.satisfaction.persistence.user.Role;
import com.satisfaction.web.PageClient;
import com.satisfaction.web.PostgresApplicationTest;
import com.satisfaction.web.TestAccounts;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PostgresApplicationTest
class CustomerRegisterTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CustomerRepository customers;

    RequestPostProcessor manager;
    PageClient pages;
    String prefix;

    @BeforeEach
    void aQualityManager() {
        manager = user(accounts.create(Role.QUALITY_MANAGER).getUsername()).roles("QUALITY_MANAGER");
        pages = new PageClient(mvc, manager, "en");
        prefix = "T" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void a_manager_creates_a_customer_adds_a_contact_and_sees_both_on_its_page() throws Exception {
        Document form = pages.open("/customers/new");
        form.selectFirst("input[name=code]").val(prefix + "-01");
        form.selectFirst("input[name=name]").val("上海精密机械有限公司");
        form.selectFirst("input[name=region]").val("Local");
        form.selectFirst("input[name=annualValue]").val("125000.50");
        form.selectFirst("input[name=keyAccount]").attr("checked", true);
        MvcResult created = pages.submit(form.selectFirst("form.form"));
        assertThat(created.getResponse().getStatus()).as(created.getResponse().getContentAsString()).isEqualTo(302);
        Document page = pages.follow(created);

        assertThat(page.select(".flash").text()).isEqualTo("Customer created. Now add its contacts.");
        assertThat(page.select("h1").text()).contains("上海精密机械有限公司", "Active");
        assertThat(page.select(".facts").text()).contains(prefix + "-01", "Local", "125,000.50", "Yes");

        Document contactForm = pages.click(page, "a[href$='/contacts/new']");
        contactForm.selectFirst("input[name=name]").val("Li Wei");
        contactForm.selectFirst("input[name=email]").val("li.wei@example.com");
        contactForm.select("select[name=language] option").removeAttr("selected");
        contactForm.selectFirst("select[name=language] option[value=EN]").attr("selected", true);
        page = pages.follow(pages.submit(contactForm.selectFirst("form.form")));

        assertThat(page.select(".flash").text()).isEqualTo("Contact added.");
        assertThat(page.select("table.contacts tbody tr").text()).contains("Li Wei", "li.wei@example.com", "English");
    }

    @Test
    void bad_values_come_back_beside_their_fields_and_nothing_is_stored() throws Exception {
        MvcResult result = mvc.perform(post("/customers/new").with(manager).with(csrf()).param("lang", "en")
                        .param("code", prefix + " bad!").param("name", "").param("annualValue", "-3")
                        .param("region", "r".repeat(101)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("customerForm", "code", "Pattern"))
                .andExpect(model().attributeHasFieldErrors("customerForm", "name", "annualValue", "region"))
                .andReturn();
        assertThat(result.getResponse().getContentAsString())
                .contains("A customer code holds letters, digits or - _ . only, at most 40 characters.")
                .contains("The annual value is a number of at least 0 with at most two decimals");

        mvc.perform(post("/customers/new").with(manager).with(csrf())
                        .param("code", prefix).param("name", "Three decimals").param("annualValue", "1.234"))
                .andExpect(model().attributeHasFieldErrors("customerForm", "annualValue"));
        assertThat(customers.findByCode(prefix)).isEmpty();

        long id = create(prefix + "-c", "With contact");
        mvc.perform(post("/customers/{id}/contacts/new", id).with(manager).with(csrf())
                        .param("name", "X").param("email", "not-an-address").param("language", "ZH"))
                .andExpect(model().attributeHasFieldErrorCode("contactForm", "email", "Email"));
    }

    @Test
    void a_taken_code_is_refused_beside_the_field() throws Exception {
        create(prefix, "First");

        mvc.perform(post("/customers/new").with(manager).with(csrf())
                        .param("code", prefix).param("name", "Second"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("customerForm", "code", "customer.code.taken"));
    }

    @Test
    void of_two_concurrent_creates_with_one_code_one_wins_and_the_other_gets_the_field_error() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MvcResult>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int n = i;
            results.add(threads.submit(() -> {
                start.await();
                return mvc.perform(post("/customers/new").with(manager).with(csrf())
                        .param("code", prefix).param("name", "Racer " + n)).andReturn();
            }));
        }
        start.countDown();
        int created = 0;
        int refused = 0;
        for (Future<MvcResult> future : results) {
            MvcResult result = future.get();
            assertThat(result.getResponse().getStatus()).isIn(200, 302);
            if (result.getResponse().getStatus() == 302) {
                created++;
            } else {
                assertThat(result.getModelAndView().getModel().get(
                        "org.springframework.validation.BindingResult.customerForm").toString())
                        .contains("customer.code.taken");
                refused++;
            }
        }
        threads.shutdown();
        assertThat(created).isEqualTo(1);
        assertThat(refused).isEqualTo(7);
    }

    @Test
    void a_deactivated_customer_leaves_the_default_list_and_comes_back_when_reactivated() throws Exception {
        long id = create(prefix, "Sleeping Co");
        Document page = pages.follow(mvc.perform(post("/customers/{id}/deactivate", id).with(manager).with(csrf())).andReturn());
        assertThat(page.select(".flash").text()).startsWith("Customer deactivated");
        assertThat(page.select("h1").text()).contains("Deactivated");

        assertThat(pages.open("/customers?q=" + prefix).select("table.customers tbody tr")).isEmpty();
        assertThat(pages.open("/customers?active=inactive&q=" + prefix).select("table.customers tbody tr").text())
                .contains("Sleeping Co");

        pages.follow(mvc.perform(post("/customers/{id}/reactivate", id).with(manager).with(csrf())).andReturn());
        assertThat(pages.open("/customers?q=" + prefix).select("table.customers tbody tr").text()).contains("Sleeping Co");
        assertThat(customers.findById(id)).isPresent();
    }

    @Test
    void the_list_pages_in_sql_filters_and_finds_by_contact() throws Exception {
        for (int i = 0; i < 27; i++) {
            mvc.perform(post("/customers/new").with(manager).with(csrf()).param("code", prefix + "-" + (100 + i))
                    .param("name", "Paged " + i).param("region", prefix + (i % 3 == 0 ? "-north" : "-south"))
                    .param("keyAccount", i < 2 ? "true" : "false"));
        }
        long withContact = customers.findByCode(prefix + "-105").orElseThrow().getId();
        mvc.perform(post("/customers/{id}/contacts/new", withContact).with(manager).with(csrf())
                .param("name", "Zhang San").param("email", prefix.toLowerCase() + "@buyer.example").param("language", "ZH"));

        Document first = pages.open("/customers?q=" + prefix);
        assertThat(first.select("table.customers tbody tr")).hasSize(CustomerSearch.PAGE_SIZE);
        assertThat(first.select(".pager").text()).contains("Page 1 of 2");
        Document second = pages.click(first, ".pager a[rel=next]");
        assertThat(second.select("table.customers tbody tr")).hasSize(2);
        assertThat(second.select("table.customers tbody tr").text()).contains(prefix + "-126");

        assertThat(pages.open("/customers?region=" + prefix + "-north").select("table.customers tbody tr")).hasSize(9);
        assertThat(pages.open("/customers?keyAccount=true&q=" + prefix).select("table.customers tbody tr")).hasSize(2);
        assertThat(pages.open("/customers?q=" + prefix.toLowerCase() + "@BUYER").select("table.customers tbody tr").text())
                .contains(prefix + "-105").doesNotContain(prefix + "-106");
        assertThat(pages.open("/customers?q=zhang san").select("table.customers tbody tr").text()).contains(prefix + "-105");
    }

    @Test
    void an_executive_reads_the_register_without_a_single_button_to_change_it() throws Exception {
        long id = create(prefix, "Read Only Co");
        PageClient executive = new PageClient(mvc, user(accounts.create(Role.EXECUTIVE).getUsername())
                .roles("EXECUTIVE"), "en");

        Document list = executive.open("/customers?q=" + prefix);
        assertThat(list.select("table.customers tbody tr").text()).contains("Read Only Co");
        assertThat(list.select("a[href='/customers/new'], a[href='/customers/import']")).isEmpty();
        assertThat(list.select("a[href='/customers/export.csv']")).hasSize(1);
        Document page = executive.open("/customers/" + id);
        assertThat(page.select("form[method=post]").stream().filter(f -> !f.attr("action").equals("/logout"))).isEmpty();
        assertThat(page.select("a[href$='/edit'], a[href$='/contacts/new']")).isEmpty();
    }

    private long create(String code, String name) throws Exception {
        mvc.perform(post("/customers/new").with(manager).with(csrf()).param("code", code).param("name", name))
                .andExpect(status().is3xxRedirection());
        return customers.findByCode(code).orElseThrow().getId();
    }
}
