package com.satisfaction.web.campaign;

import com.satisfaction.persistence.user.Role;
import com.satisfaction.web.PageClient;
import com.satisfaction.web.PostgresApplicationTest;
import com.satisfaction.web.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** An administrator without a mail server: the settings page says so, a test mail lands in the outbox; holidays are kept. */
@PostgresApplicationTest
class MailAndHolidayAdminTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    PageClient admin;

    @BeforeEach
    void anAdmin() {
        admin = new PageClient(mvc, user(accounts.create(Role.ADMIN).getUsername()).roles("ADMIN"), "en");
    }

    @Test
    void without_a_mail_server_the_settings_say_so_and_a_test_mail_waits_in_the_outbox() throws Exception {
        Document settings = admin.open("/admin/mail");
        assertThat(settings.selectFirst("#outbox-mode").text()).contains("No mail server is configured");
        assertThat(settings.selectFirst("#mail-settings").text()).contains("satisfaction@localhost")
                .doesNotContainIgnoringCase("password");

        String to = "admin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        Element form = settings.selectFirst("form[action$=/admin/mail/test]");
        form.selectFirst("input[name=to]").val(to);
        Document after = admin.follow(admin.submit(form));

        assertThat(after.select(".flash").text()).isEqualTo("No mail server is configured; the test mail is in the outbox.");
        assertThat(admin.open("/mail/outbox").text()).contains("To: " + to, "客户满意度系统测试邮件");
    }

    @Test
    void an_admin_adds_and_removes_a_holiday_and_the_2026_holidays_are_there() throws Exception {
        Document page = admin.open("/admin/holidays");
        assertThat(page.select("#holiday-table").text()).contains("2026-10-01", "2026-02-17", "2026-06-19");

        Element form = page.selectFirst("form[action$=/admin/holidays]");
        form.selectFirst("input[name=date]").val("2026-12-31");
        form.selectFirst("input[name=name]").val("Year-end closing");
        Document added = admin.follow(admin.submit(form));
        assertThat(added.select(".flash").text()).isEqualTo("Holiday added.");
        assertThat(added.select("#holiday-table tr:contains(2026-12-31)").text()).contains("Year-end closing");

        MvcResult again = admin.submit(form);
        assertThat(Jsoup.parse(again.getResponse().getContentAsString()).select(".field-error").text())
                .isEqualTo("这一天已经是节假日。");

        Element delete = added.selectFirst("#holiday-table tr:contains(2026-12-31) form");
        Document removed = admin.follow(admin.submit(delete));
        assertThat(removed.select(".flash").text()).isEqualTo("Holiday deleted.");
        assertThat(removed.select("#holiday-table").text()).doesNotContain("2026-12-31");
    }
}
