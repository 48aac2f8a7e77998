package com.satisfaction.web.user;

import com.satisfaction.persistence.user.Role;
import com.satisfaction.persistence.user.UserAccount;
import com.satisfaction.persistence.user.UserAccountRepository;
import com.satisfaction.web.PostgresApplicationTest;
import com.satisfaction.web.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

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
    void five_wrong_passwords_lock_the_account_even_for_the_right_password() throws Exception {
        String username = accounts.create(Role.EXECUTIVE).getUsername();
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user(username).password("wrong-" + i)).andExpect(unauthenticated());
        }

        mvc.perform(formLogin().user(username).password(TestAccounts.PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?locked"));
        assertThat(users.findByUsername(username).orElseThrow().getLockedUntil()).isNotNull();
    }

    @Test
    void a_right_password_clears_earlier_failures() throws Exception {
        String username = accounts.create(Role.EXECUTIVE).getUsername();
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin().user(username).password("wrong-" + i));
        }
        mvc.perform(formLogin().user(username).password(TestAccounts.PASSWORD)).andExpect(authenticated());

        assertThat(users.findByUsername(username).orElseThrow().getFailedLogins()).isZero();
    }

    @Test
    void a_user_with_a_temporary_password_must_change_it_before_anything_else() throws Exception {
        UserAccount account = accounts.create(Role.QUALITY_MANAGER);
        account.assignTemporaryPassword(encoder.encode(TestAccounts.PASSWORD));
        users.save(account);

        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user(account.getUsername()).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/account/password"))
                .andReturn().getRequest().getSession();
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));

        mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("currentPassword", TestAccounts.PASSWORD)
                        .param("newPassword", "my-own-new-password")
                        .param("confirmPassword", "my-own-new-password"))
                .andExpect(redirectedUrl("/"));

        mvc.perform(get("/").session(session)).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
        UserAccount stored = users.findByUsername(account.getUsername()).orElseThrow();
        assertThat(stored.isMustChangePassword()).isFalse();
        assertThat(encoder.matches("my-own-new-password", stored.getPasswordHash())).isTrue();
    }
}
