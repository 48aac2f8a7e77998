package com.satisfaction.web.user;

import com.satisfaction.persistence.user.Role;
import com.satisfaction.persistence.user.UserAccount;
import com.satisfaction.persistence.user.UserAccountRepository;
import com.satisfaction.web.PostgresApplicationTest;
import com.satisfaction.web.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import jakarta.servlet.http.Cookie;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

@PostgresApplicationTest
class LoginTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UserAccountRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void a_user_logs_in_with_the_right_password() throws Exception {
        String username = accounts.create(Role.QUALITY_MANAGER).getUsername();

        mvc.perform(formLogin().user(username).password(TestAccounts.PASSWORD))
                .andExpect(authenticated().withUsername(username).withRoles("QUALITY_MANAGER"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void a_wrong_password_is_refused() throws Exception {
        String username = accounts.create(Role.QUALITY_MANAGER).getUsername();

        mvc.perform(formLogin().user(username).password("wrong-password"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void an_unknown_user_is_refused_like_a_wrong_password() throws Exception {
        mvc.perform(formLogin().user("nobody-here").password("whatever-password"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void a_disabled_user_cannot_log_in() throws Exception {
        UserAccount account = accounts.create(Role.EXECUTIVE);
        account.setEnabled(false);
        users.save(account);

        mvc.perform(formLogin().user(account.getUsername()).password(TestAccounts.PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void five_wrong_passwords_make_the_next_attempt_wait_even_with_the_right_password_and_the_page_says_why()
            throws Exception {
        String username = accounts.create(Role.EXECUTIVE).getUsername();
        for (int i = 0; i < 5; i++) {
            mvc.perform(login(username, "wrong-" + i, "10.0.0.1")).andExpect(redirectedUrl("/login?error"));
        }

        mvc.perform(login(username, TestAccounts.PASSWORD, "10.0.0.1"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?throttled"));
        mvc.perform(get("/login").param("throttled", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("登录尝试过于频繁")));
    }

    @Test
    void a_guesser_at_one_address_does_not_keep_the_real_user_out_from_another() throws Exception {
        String username = accounts.create(Role.ADMIN).getUsername();
        for (int i = 0; i < 8; i++) {
            mvc.perform(login(username, "guess-" + i, "203.0.113.7"));
        }

        mvc.perform(login(username, TestAccounts.PASSWORD, "198.51.100.20"))
                .andExpect(authenticated().withUsername(username));
    }

    @Test
    void known_and_unknown_names_get_the_same_answers_attempt_by_attempt() throws Exception {
        String known = accounts.create(Role.QUALITY_MANAGER).getUsername();
        List<String> forKnown = new ArrayList<>();
        List<String> forUnknown = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            forKnown.add(mvc.perform(login(known, "wrong-" + i, "10.0.0.2")).andReturn().getResponse().getRedirectedUrl());
            forUnknown.add(mvc.perform(login("nobody-" + known, "wrong-" + i, "10.0.0.3")).andReturn().getResponse()
                    .getRedirectedUrl());
        }

        assertThat(forKnown).isEqualTo(forUnknown).contains("/login?error", "/login?throttled");
    }

    @Test
    void a_right_password_clears_earlier_failures() throws Exception {
        String username = accounts.create(Role.EXECUTIVE).getUsername();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                mvc.perform(login(username, "wrong-" + i, "10.0.0.4")).andExpect(redirectedUrl("/login?error"));
            }
            mvc.perform(login(username, TestAccounts.PASSWORD, "10.0.0.4")).andExpect(authenticated());
        }
    }

    private static MockHttpServletRequestBuilder login(String username, String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }

    @Test
    void a_user_with_a_temporary_password_must_change_it_before_anything_else() throws Exception {
        UserAccount account = accounts.create(Role.QUALITY_MANAGER);
        account.assignTemporaryPassword(encoder.encode(TestAccounts.PASSWORD));
        users.save(account);

        // the session lives in the database (Spring Session JDBC) and travels in its cookie
        Cookie session = mvc.perform(formLogin().user(account.getUsername()).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/account/password"))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/password"));

        mvc.perform(post("/account/password").cookie(session).with(csrf())
                        .param("currentPassword", TestAccounts.PASSWORD)
                        .param("newPassword", "my-own-new-password")
                        .param("confirmPassword", "my-own-new-password"))
                .andExpect(redirectedUrl("/"));

        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
        UserAccount stored = users.findByUsername(account.getUsername()).orElseThrow();
        assertThat(stored.isMustChangePassword()).isFalse();
        assertThat(encoder.matches("my-own-new-password", stored.getPasswordHash())).isTrue();
    }
}
