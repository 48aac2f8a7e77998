package com.satisfaction.web.system;

import com.satisfaction.persistence.user.Role;
import com.satisfaction.web.PostgresApplicationTest;
import com.satisfaction.web.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PostgresApplicationTest
class SecurityBaselineTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Test
    void a_post_without_csrf_token_is_refused() throws Exception {
        String admin = accounts.create(Role.ADMIN).getUsername();

        mvc.perform(post("/admin/users/new").with(user(admin).roles("ADMIN"))
                        .param("username", "nocsrf").param("displayName", "No CSRF")
                        .param("roles", "EXECUTIVE").param("password", "long-enough-password"))
                .andExpect(status().isForbidden());
    }

    @Test
    void pages_carry_a_content_security_policy_and_the_usual_security_headers() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void the_login_page_is_in_chinese_by_default_and_switches_to_english() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(content().string(containsString("登录")));
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(content().string(containsString("Log in")));
    }
}
