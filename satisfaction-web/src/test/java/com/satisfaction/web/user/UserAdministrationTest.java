package com.satisfaction.web.user;

import com.satisfaction.persistence.user.Role;
import com.satisfaction.persistence.user.UserAccount;
import com.satisfaction.persistence.user.UserAccountRepository;
import com.satisfaction.web.PostgresApplicationTest;
import com.satisfaction.web.TestAccounts;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;


import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@PostgresApplicationTest
class UserAdministrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UserAccountRepository users;

    @Autowired
    UserAdministration administration;

    RequestPostProcessor admin;

    @BeforeEach
    void logInAsAdmin() {
        admin = SecurityMockMvcRequestPostProcessors.user(accounts.create(Role.ADMIN).getUsername()).roles("ADMIN");
    }

    @Test
    void an_admin_creates_a_quality_manager_who_can_then_log_in() throws Exception {
        mvc.perform(post("/admin/users/new").with(admin).with(csrf())
                        .param("username", "qm.lee").param("displayName", "Lee Quality")
                        .param("roles", "QUALITY_MANAGER").param("enabled", "true")
                        .param("password", "temporary-pass-1"))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("message", "user.created"));

        mvc.perform(get("/admin/users").with(admin).param("lang", "en"))
                .andExpect(content().string(containsString("qm.lee")))
                .andExpect(content().string(containsString("Quality manager")));
        mvc.perform(formLogin().user("qm.lee").password("temporary-pass-1"))
                .andExpect(authenticated().withRoles("QUALITY_MANAGER"))
                .andExpect(redirectedUrl("/account/password"));
    }

    @Test
    void a_taken_user_name_is_refused_beside_the_field() throws Exception {
        String existing = accounts.create(Role.EXECUTIVE).getUsername();

        mvc.perform(post("/admin/users/new").with(admin).with(csrf())
                        .param("username", existing).param("displayName", "Twin")
                        .param("roles", "EXECUTIVE").param("password", "temporary-pass-1"))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/users/form"))
                .andExpect(model().attributeHasFieldErrorCode("userForm", "username", "user.username.taken"));
    }

    @Test
    void a_user_needs_a_role_a_valid_name_and_a_long_enough_password() throws Exception {
        mvc.perform(post("/admin/users/new").with(admin).with(csrf()).param("lang", "en")
                        .param("username", "Bad Name").param("displayName", "")
                        .param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("userForm", "username", "displayName", "roles"))
                .andExpect(content().string(containsString("Choose at least one role.")));

        mvc.perform(post("/admin/users/new").with(admin).with(csrf())
                        .param("username", "short.pw").param("displayName", "Short")
                        .param("roles", "EXECUTIVE").param("password", "short"))
                .andExpect(model().attributeHasFieldErrorCode("userForm", "password", "password.tooShort"));
        assertThat(users.existsByUsername("short.pw")).isFalse();
    }

    @Test
    void an_admin_disables_a_user_who_then_cannot_log_in() throws Exception {
        UserAccount executive = accounts.create(Role.EXECUTIVE);

        mvc.perform(post("/admin/users/{id}", executive.getId()).with(admin).with(csrf())
                        .param("username", executive.getUsername()).param("displayName", "Gone")
                        .param("roles", "EXECUTIVE"))
                .andExpect(redirectedUrl("/admin/users"));

        assertThat(users.findById(executive.getId()).orElseThrow().isEnabled()).isFalse();
        mvc.perform(formLogin().user(executive.getUsername()).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void an_update_with_values_no_page_offers_shows_the_form_with_every_problem_and_changes_nothing() throws Exception {
        UserAccount executive = accounts.create(Role.EXECUTIVE);

        String page = mvc.perform(post("/admin/users/{id}", executive.getId()).with(admin).with(csrf()).param("lang", "en")
                        .param("username", executive.getUsername()).param("displayName", "N".repeat(121))
                        .param("roles", "ROLE_ADMIN").param("enabled", "maybe"))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/users/form"))
                .andReturn().getResponse().getContentAsString();

        assertThat(Jsoup.parse(page).select(".field-error").eachText())
                .containsExactlyInAnyOrder("A name has at most 120 characters.", "Choose at least one role.");
        UserAccount unchanged = users.findById(executive.getId()).orElseThrow();
        assertThat(unchanged.getDisplayName()).isEqualTo(executive.getDisplayName());
        assertThat(unchanged.isEnabled()).isTrue();
    }

    @Test
    void the_last_active_admin_cannot_be_disabled_or_lose_the_admin_role() throws Exception {
        disableAllAdmins();
        accounts.create(Role.ADMIN);
        UserAccount lastAdmin = users.findAll().stream().filter(u -> u.hasRole(Role.ADMIN) && u.isEnabled()).findFirst().orElseThrow();
        RequestPostProcessor asLastAdmin = SecurityMockMvcRequestPostProcessors.user(lastAdmin.getUsername()).roles("ADMIN");

        mvc.perform(post("/admin/users/{id}", lastAdmin.getId()).with(asLastAdmin).with(csrf())
                        .param("username", lastAdmin.getUsername()).param("displayName", "Admin")
                        .param("roles", "ADMIN"))
                .andExpect(model().attributeHasFieldErrorCode("userForm", "enabled", "user.lastAdmin"));
        mvc.perform(post("/admin/users/{id}", lastAdmin.getId()).with(asLastAdmin).with(csrf())
                        .param("username", lastAdmin.getUsername()).param("displayName", "Admin")
                        .param("roles", "EXECUTIVE").param("enabled", "true"))
                .andExpect(model().attributeHasFieldErrorCode("userForm", "roles", "user.lastAdmin"));

        UserAccount stored = users.findById(lastAdmin.getId()).orElseThrow();
        assertThat(stored.isEnabled()).isTrue();
        assertThat(stored.getRoles()).contains(Role.ADMIN);
    }

    @Test
    void two_admins_disabling_each_other_at_once_leave_one_active_admin() throws Exception {
        disableAllAdmins();
        UserAccount first = accounts.create(Role.ADMIN);
        UserAccount second = accounts.create(Role.ADMIN);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<UserAdministration.Outcome>> outcomes = new ArrayList<>();
            for (UserAccount admin : List.of(first, second)) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return administration.update(users.findById(admin.getId()).orElseThrow(),
                            new UserForm(admin.getUsername(), admin.getDisplayName(), Set.of(Role.ADMIN), false, null, null, null));
                }));
            }
            start.countDown();
            List<Class<?>> kinds = new ArrayList<>();
            for (Future<UserAdministration.Outcome> outcome : outcomes) {
                kinds.add(outcome.get().getClass());
            }

            assertThat(kinds).containsExactlyInAnyOrder(UserAdministration.Done.class, UserAdministration.Refused.class);
            assertThat(users.findAll()).filteredOn(u -> u.hasRole(Role.ADMIN) && u.isEnabled()).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private void disableAllAdmins() {
        users.findAll().stream()
                .filter(u -> u.hasRole(Role.ADMIN) && u.isEnabled())
                .forEach(u -> {
                    u.setEnabled(false);
                    users.save(u);
                });
    }

    @Test
    void an_admin_resets_a_password_and_the_user_must_change_it() throws Exception {
        UserAccount qm = accounts.create(Role.QUALITY_MANAGER);

        mvc.perform(post("/admin/users/{id}/password", qm.getId()).with(admin).with(csrf())
                        .param("newPassword", "reset-password-1").param("confirmPassword", "reset-password-1"))
                .andExpect(redirectedUrl("/admin/users"));

        mvc.perform(formLogin().user(qm.getUsername()).password("reset-password-1"))
                .andExpect(redirectedUrl("/account/password"));
    }
}
