package com.satisfaction.web.campaign;

import com.satisfaction.persistence.customer.Customer;
import com.satisfaction.persistence.customer.CustomerRepository;
import com.satisfaction.persistence.user.Role;
import com.satisfaction.web.PostgresApplicationTest;
import com.satisfaction.web.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Wrong types, huge values and garbage sent to the register's and the campaigns' forms: each gets its form back
 * with a message or a 4xx page, never a 500 or a stack trace, and nothing is stored.
 */
@PostgresApplicationTest
class RegisterAndCampaignBadInputTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CustomerRepository customers;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void bad_campaign_forms_are_refused_with_messages_and_create_nothing() throws Exception {
        RequestPostProcessor manager = manager();
        long before = count("campaign");
        List<Map<String, String>> forms = List.of(
                Map.of("surveyId", "99999999999999999999", "name", "x", "period", "2026-H1", "closesOn", "2099-01-01",
                        "target", "70", "selection", "ALL"),
                Map.of("surveyId", "abc", "name", "x".repeat(5000), "period", "2026-H3", "closesOn", "2026-02-30",
                        "target", "1e9", "reminderDays", "-1", "selection", "NOPE"),
                Map.of("surveyId", "1", "name", "\u0000", "period", "", "closesOn", "yesterday", "target", "NaN",
                        "selection", "PICK", "customerIds", "abc"),
                Map.of("surveyId", "1", "name", "ok", "period", "2026-H1", "closesOn", "2099-12-31", "target", "70",
                        "selection", "FILTER", "region", "no-such-region-" + UUID.randomUUID(), "submissionKey", "<script>"));
        for (Map<String, String> form : forms) {
            for (boolean preview : new boolean[] {false, true}) {
                MockHttpServletRequestBuilder request = post("/campaigns/new").with(manager).with(csrf());
                form.forEach(request::param);
                if (preview) {
                    request.param("preview", "1");
                }
                assertClientSide(mvc.perform(request).andReturn().getResponse(), form.toString());
            }
        }
        for (String path : new String[] {"/campaigns/abc/close", "/campaigns/99999999999999999999/remind",
                "/campaigns/0/close"}) {
            assertClientSide(mvc.perform(post(path).with(manager).with(csrf())).andReturn().getResponse(), path);
        }
        assertThat(count("campaign")).isEqualTo(before);
    }

    @Test
    void bad_contacts_and_garbage_uploads_are_refused_with_messages_and_store_nothing() throws Exception {
        RequestPostProcessor manager = manager();
        Customer customer = customers.save(new Customer("BAD-" + UUID.randomUUID().toString().substring(0, 8),
                "Bad input Ltd", Instant.now()));
        for (Map<String, String> contact : List.of(
                Map.of("name", "", "email", "not-an-email", "language", "fr"),
                Map.of("name", "x".repeat(500), "email", "a@b", "phone", "9".repeat(200), "language", "ZH"),
                Map.of("name", "\u0000\u0007", "language", ""))) {
            MockHttpServletRequestBuilder request = post("/customers/{id}/contacts/new", customer.getId())
                    .with(manager).with(csrf());
            contact.forEach(request::param);
            assertClientSide(mvc.perform(request).andReturn().getResponse(), contact.toString());
        }
        assertThat(count("contact WHERE customer_id = " + customer.getId())).isZero();

        long customersBefore = count("customer");
        for (byte[] file : List.of(new byte[0], new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 0, 0, 7},
                "客户编码,客户名称\n\"unterminated,quote\n".getBytes(StandardCharsets.UTF_8),
                ("x".repeat(100_000) + "\n").getBytes(StandardCharsets.UTF_8))) {
            MockHttpServletResponse response = mvc.perform(multipart("/customers/import")
                            .file(new MockMultipartFile("file", "garbage.csv", "text/csv", file))
                            .with(manager).with(csrf()))
                    .andReturn().getResponse();
            assertClientSide(response, file.length + " bytes");
        }
        assertThat(count("customer")).as("an upload stores nothing before it is confirmed").isEqualTo(customersBefore);
    }

    private RequestPostProcessor manager() {
        return user(accounts.create(Role.QUALITY_MANAGER).getUsername()).roles("QUALITY_MANAGER");
    }

    private void assertClientSide(MockHttpServletResponse response, String what) throws Exception {
        assertThat(response.getStatus()).as(what).isLessThan(500);
        assertThat(response.getContentAsString()).as(what).doesNotContain("Exception", "\tat ", "org.hibernate");
    }

    private long count(String tableAndCondition) {
        return jdbc.queryForObject("SELECT count(*) FROM " + tableAndCondition, Long.class);
    }
}
