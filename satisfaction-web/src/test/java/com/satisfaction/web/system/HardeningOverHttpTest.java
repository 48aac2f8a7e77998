package com.satisfaction.web.system;

import com.satisfaction.persistence.user.Role;
import com.satisfaction.persistence.user.UserAccount;
import com.satisfaction.persistence.user.UserAccountRepository;
import com.satisfaction.web.HttpTestClient;
import com.satisfaction.web.RunningServerTest;
import com.satisfaction.web.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What only a running server shows: sessions in the database, Tomcat's parsing, proxy headers, assets. */
@RunningServerTest
@ExtendWith(OutputCaptureExtension.class)
class HardeningOverHttpTest {

    /** 25 Chinese characters: 75 UTF-8 bytes, more than BCrypt reads. */
    private static final String TOO_LONG_PASSWORD = "密".repeat(25);

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UserAccountRepository users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_user_disabled_by_an_admin_is_logged_out_at_once() {
        UserAccount account = accounts.create(Role.ADMIN);
        HttpTestClient theirBrowser = loggedIn(account);
        assertThat(theirBrowser.get("/admin/users").statusCode()).isEqualTo(200);

        HttpTestClient admin = loggedIn(accounts.create(Role.ADMIN));
        HttpResponse<String> disabled = admin.post("/admin/users/" + account.getId(), "/admin/users/" + account.getId(),
                Map.of("username", account.getUsername(), "displayName", "Gone", "roles", "ADMIN"));
        assertThat(disabled.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin/users"));

        HttpResponse<String> next = theirBrowser.get("/admin/users/new");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void a_password_reset_or_a_removed_role_ends_the_users_sessions() {
        UserAccount reset = accounts.create(Role.QUALITY_MANAGER);
        UserAccount demoted = accounts.create(Role.QUALITY_MANAGER, Role.EXECUTIVE);
        HttpTestClient resetBrowser = loggedIn(reset);
        HttpTestClient demotedBrowser = loggedIn(demoted);
        HttpTestClient admin = loggedIn(accounts.create(Role.ADMIN));

        admin.post("/admin/users/" + reset.getId(), "/admin/users/" + reset.getId() + "/password",
                Map.of("newPassword", "a-brand-new-password", "confirmPassword", "a-brand-new-password"));
        admin.post("/admin/users/" + demoted.getId(), "/admin/users/" + demoted.getId(),
                Map.of("username", demoted.getUsername(), "displayName", "Reader", "roles", "EXECUTIVE", "enabled", "true"));

        assertThat(resetBrowser.get("/surveys").statusCode()).isEqualTo(302);
        assertThat(demotedBrowser.get("/surveys").statusCode()).isEqualTo(302);
    }

    @Test
    void a_manager_session_lives_in_the_database_so_a_restarted_or_second_instance_knows_it() {
        UserAccount manager = accounts.create(Role.QUALITY_MANAGER);
        HttpTestClient browser = loggedIn(manager);

        assertThat(browser.get("/surveys").statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
                manager.getUsername())).isOne();
    }

    @Test
    void a_password_over_72_bytes_is_refused_with_a_message_on_create_reset_and_change() {
        HttpTestClient admin = loggedIn(accounts.create(Role.ADMIN));

        HttpResponse<String> created = admin.post("/admin/users/new", "/admin/users/new", Map.of(
                "username", "longpass.user", "displayName", "Long", "roles", "EXECUTIVE", "enabled", "true",
                "password", TOO_LONG_PASSWORD));
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.body()).contains("密码最长 72 字节");
        assertThat(users.existsByUsername("longpass.user")).isFalse();

        UserAccount other = accounts.create(Role.EXECUTIVE);
        HttpResponse<String> reset = admin.post("/admin/users/" + other.getId(), "/admin/users/" + other.getId() + "/password",
                Map.of("newPassword", TOO_LONG_PASSWORD, "confirmPassword", TOO_LONG_PASSWORD));
        assertThat(reset.statusCode()).isEqualTo(200);
        assertThat(reset.body()).contains("密码最长 72 字节");

        HttpResponse<String> changed = admin.post("/account/password", "/account/password", Map.of(
                "currentPassword", TestAccounts.PASSWORD, "newPassword", TOO_LONG_PASSWORD,
                "confirmPassword", TOO_LONG_PASSWORD));
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("密码最长 72 字节");
    }

    @Test
    void a_malformed_body_on_any_method_is_a_client_error_that_logs_no_stack_trace(CapturedOutput output) {
        HttpTestClient anonymous = new HttpTestClient(port);
        for (String method : new String[]{"PUT", "PATCH", "DELETE", "POST"}) {
            for (String path : new String[]{"/surveys/1", "/s/AAAAAAAAAAAAAAAAAAAAAA", "/login"}) {
                HttpResponse<String> answer = anonymous.send(HttpRequest.newBuilder(URI.create(anonymous.url(path)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .method(method, HttpRequest.BodyPublishers.ofString("a=%zz&b=%")));
                assertThat(answer.statusCode()).as(method + " " + path).isBetween(300, 499);
                assertThat(answer.body()).doesNotContain("Exception", "at com.", "at org.");
            }
        }
        assertThat(output.getOut()).doesNotContain("IllegalArgumentException", "ERROR");
    }

    @Test
    void behind_a_tls_proxy_cookies_are_secure_hsts_is_sent_and_redirects_stay_on_https() {
        HttpTestClient proxied = new HttpTestClient(port, Map.of("X-Forwarded-Proto", "https",
                "X-Forwarded-Host", "satisfaction.example.com"));

        HttpResponse<String> login = proxied.get("/login");
        assertThat(login.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(login.headers().allValues("Set-Cookie")).isNotEmpty()
                .allMatch(cookie -> cookie.contains("Secure"));

        HttpResponse<String> redirect = proxied.get("/surveys");
        assertThat(redirect.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).startsWith("https://satisfaction.example.com/"));

        HttpResponse<String> plain = new HttpTestClient(port).get("/login");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void assets_are_served_under_content_hashed_urls_and_cached_for_a_year() {
        HttpTestClient browser = new HttpTestClient(port);
        String page = browser.get("/login").body();
        Matcher stylesheet = Pattern.compile("href=\"(/css/app-[0-9a-f]{32}\\.css)\"").matcher(page);
        assertThat(stylesheet.find()).as("hashed stylesheet link in " + page).isTrue();

        HttpResponse<String> css = browser.get(stylesheet.group(1));
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Cache-Control")).hasValueSatisfying(cache ->
                assertThat(cache).contains("max-age=31536000").doesNotContain("no-store"));
    }

    private HttpTestClient loggedIn(UserAccount account) {
        HttpTestClient browser = new HttpTestClient(port);
        HttpResponse<String> login = browser.login(account.getUsername(), TestAccounts.PASSWORD);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).doesNotContain("error", "throttled"));
        return browser;
    }
}
