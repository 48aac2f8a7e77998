package com.satisfaction.web.system;

import com.satisfaction.persistence.user.Role;
import com.satisfaction.web.HttpTestClient;
import com.satisfaction.web.TestAccounts;
import com.satisfaction.web.RunningServerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Error pages come in the app's look and the user's language, and show no internals. */
@RunningServerTest
class ErrorPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    HttpTestClient browser;

    @BeforeEach
    void setUp() {
        browser = new HttpTestClient(port);
    }

    @Test
    void an_unknown_page_shows_the_404_page() {
        logInAs(Role.QUALITY_MANAGER);

        HttpResponse<String> page = browser.get("/no-such-page?lang=en");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Page not found", "/css/app-").doesNotContain("Exception", "at com.");
    }

    @Test
    void a_page_of_another_role_shows_the_403_page() {
        logInAs(Role.EXECUTIVE);

        HttpResponse<String> page = browser.get("/admin/users?lang=en");

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("Not allowed", "/css/app-").doesNotContain("Exception");
    }

    @Test
    void the_error_pages_speak_chinese_by_default() {
        logInAs(Role.QUALITY_MANAGER);

        assertThat(browser.get("/no-such-page").body()).contains("页面不存在");
    }

    private void logInAs(Role role) {
        String username = accounts.create(role).getUsername();
        assertThat(browser.login(username, TestAccounts.PASSWORD).headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
    }
}
