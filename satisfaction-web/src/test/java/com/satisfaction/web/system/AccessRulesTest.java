package com.satisfaction.web.system;

import com.satisfaction.persistence.user.Role;
import com.satisfaction.web.PostgresApplicationTest;
import com.satisfaction.web.TestAccounts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Who may reach which page: one row per role × request. Every issue that adds a page adds its rows.
 * ALLOWED = reaches the page or action (any answer but 403 or the login page); DENIED = 403;
 * LOGIN = sent to the login page.
 */
@PostgresApplicationTest
class AccessRulesTest {

    enum Expected { ALLOWED, DENIED, LOGIN, SERVER_ERROR }

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({
            // role,           method, url,                  expected
            "ANONYMOUS,        GET,  /login,                 ALLOWED",
            "ANONYMOUS,        GET,  /actuator/health,       ALLOWED",
            "ANONYMOUS,        GET,  /css/app.css,           ALLOWED",
            "ANONYMOUS,        GET,  /,                      LOGIN",
            "ANONYMOUS,        GET,  /admin/users,           LOGIN",
            "ANONYMOUS,        GET,  /account/password,      LOGIN",
            "ANONYMOUS,        POST, /admin/users/new,       LOGIN",
            "ANONYMOUS,        GET,  /actuator/metrics,      LOGIN",

            "ADMIN,            GET,  /,                      ALLOWED",
            "ADMIN,            GET,  /admin/users,           ALLOWED",
            "ADMIN,            GET,  /admin/users/new,       ALLOWED",
            "ADMIN,            POST, /admin/users/new,       ALLOWED",
            "ADMIN,            GET,  /account/password,      ALLOWED",
            "ADMIN,            GET,  /actuator/metrics,      ALLOWED",

            "QUALITY_MANAGER,  GET,  /,                      ALLOWED",
            "QUALITY_MANAGER,  GET,  /account/password,      ALLOWED",
            "QUALITY_MANAGER,  GET,  /admin/users,           DENIED",
            "QUALITY_MANAGER,  GET,  /admin/users/new,       DENIED",
            "QUALITY_MANAGER,  POST, /admin/users/new,       DENIED",
            "QUALITY_MANAGER,  GET,  /actuator/metrics,      DENIED",

            "EXECUTIVE,        GET,  /,                      ALLOWED",
            "EXECUTIVE,        GET,  /account/password,      ALLOWED",
            "EXECUTIVE,        POST, /account/password,      ALLOWED",
            "EXECUTIVE,        GET,  /admin/users,           DENIED",
            "EXECUTIVE,        POST, /admin/users/new,       DENIED",
            "EXECUTIVE,        GET,  /actuator/metrics,      DENIED",

            // surveys (issue 5)
            "ANONYMOUS,        GET,  /surveys,                              LOGIN",
            "ANONYMOUS,        GET,  /surveys/999999/preview,               LOGIN",
            "ANONYMOUS,        GET,  /s/AAAAAAAAAAAAAAAAAAAAAA,             ALLOWED",
            "ANONYMOUS,        POST, /s/AAAAAAAAAAAAAAAAAAAAAA,             ALLOWED",
            "ANONYMOUS,        GET,  /surveys/999999/links/1/entry,         LOGIN",
            "QUALITY_MANAGER,  GET,  /surveys,                              ALLOWED",
            "QUALITY_MANAGER,  GET,  /surveys/new,                          ALLOWED",
            "QUALITY_MANAGER,  POST, /surveys/new,                          ALLOWED",
            "QUALITY_MANAGER,  POST, /surveys/new/from-template,            ALLOWED",
            "QUALITY_MANAGER,  GET,  /surveys/999999,                       ALLOWED",
            "QUALITY_MANAGER,  GET,  /surveys/999999/preview,               ALLOWED",
            "QUALITY_MANAGER,  POST, /surveys/999999/publish,               ALLOWED",
            "QUALITY_MANAGER,  POST, /surveys/999999/copy,                  ALLOWED",
            "QUALITY_MANAGER,  POST, /surveys/999999/archive,               ALLOWED",
            "QUALITY_MANAGER,  POST, /surveys/999999/links,                 ALLOWED",
            "QUALITY_MANAGER,  GET,  /surveys/999999/links/1/entry,         ALLOWED",
            "QUALITY_MANAGER,  POST, /surveys/999999/links/1/entry,         ALLOWED",
            "ADMIN,            GET,  /surveys,                              ALLOWED",
            "ADMIN,            GET,  /surveys/new,                          ALLOWED",
            "ADMIN,            POST, /surveys/999999/publish,               ALLOWED",
            "ADMIN,            GET,  /surveys/999999/links/1/entry,         ALLOWED",
            "EXECUTIVE,        GET,  /surveys,                              ALLOWED",
            "EXECUTIVE,        GET,  /surveys/999999,                       ALLOWED",
            "EXECUTIVE,        GET,  /surveys/999999/preview,               ALLOWED",
            "EXECUTIVE,        GET,  /surveys/999999/responses/1,           ALLOWED",
            "QUALITY_MANAGER,  GET,  /surveys/999999/responses/1,           ALLOWED",
            "ANONYMOUS,        GET,  /surveys/999999/responses/1,           LOGIN",
            "EXECUTIVE,        GET,  /surveys/new,                          DENIED",
            "EXECUTIVE,        POST, /surveys/new,                          DENIED",
            "EXECUTIVE,        POST, /surveys/new/from-template,            DENIED",
            "EXECUTIVE,        POST, /surveys/999999/publish,               DENIED",
            "EXECUTIVE,        POST, /surveys/999999/copy,                  DENIED",
            "EXECUTIVE,        POST, /surveys/999999/archive,               DENIED",
            "EXECUTIVE,        POST, /surveys/999999/links,                 DENIED",
            "EXECUTIVE,        GET,  /surveys/999999/links/1/entry,         DENIED",
            "EXECUTIVE,        POST, /surveys/999999/links/1/entry,         DENIED",

            // survey editor: a survey that does not exist answers 404 once past security (ALLOWED)
            "ANONYMOUS,        GET,  /surveys/999999/edit,   LOGIN",
            "ANONYMOUS,        POST, /surveys/999999/edit,   LOGIN",
            "ANONYMOUS,        POST, /surveys/999999/sections, LOGIN",
            "ANONYMOUS,        GET,  /surveys/999999/questions/1, LOGIN",
            "QUALITY_MANAGER,  GET,  /surveys/999999/edit,   ALLOWED",
            "QUALITY_MANAGER,  POST, /surveys/999999/edit,   ALLOWED",
            "QUALITY_MANAGER,  POST, /surveys/999999/sections, ALLOWED",
            "QUALITY_MANAGER,  GET,  /surveys/999999/sections/1, ALLOWED",
            "QUALITY_MANAGER,  POST, /surveys/999999/sections/1, ALLOWED",
            "QUALITY_MANAGER,  POST, /surveys/999999/sections/1/move?step=1, ALLOWED",
            "QUALITY_MANAGER,  POST, /surveys/999999/sections/1/delete, ALLOWED",
            "QUALITY_MANAGER,  GET,  /surveys/999999/sections/1/questions/new?type=NPS, ALLOWED",
            "QUALITY_MANAGER,  POST, /surveys/999999/sections/1/questions/new?type=NPS, ALLOWED",
            "QUALITY_MANAGER,  GET,  /surveys/999999/questions/1, ALLOWED",
            "QUALITY_MANAGER,  POST, /surveys/999999/questions/1, ALLOWED",
            "QUALITY_MANAGER,  POST, /surveys/999999/questions/1/move?step=-1, ALLOWED",
            "QUALITY_MANAGER,  POST, /surveys/999999/questions/1/delete, ALLOWED",
            "ADMIN,            GET,  /surveys/999999/edit,   ALLOWED",
            "ADMIN,            POST, /surveys/999999/edit,   ALLOWED",
            "ADMIN,            POST, /surveys/999999/sections, ALLOWED",
            "ADMIN,            POST, /surveys/999999/sections/1/questions/new?type=CHOICE, ALLOWED",
            "ADMIN,            POST, /surveys/999999/questions/1, ALLOWED",
            "ADMIN,            POST, /surveys/999999/questions/1/delete, ALLOWED",
            "EXECUTIVE,        GET,  /surveys/999999/edit,   ALLOWED",
            "EXECUTIVE,        GET,  /surveys/999999/questions/1, ALLOWED",
            "EXECUTIVE,        POST, /surveys/999999/edit,   DENIED",
            "EXECUTIVE,        POST, /surveys/999999/sections, DENIED",
            "EXECUTIVE,        POST, /surveys/999999/sections/1, DENIED",
            "EXECUTIVE,        POST, /surveys/999999/sections/1/move?step=1, DENIED",
            "EXECUTIVE,        POST, /surveys/999999/sections/1/delete, DENIED",
            "EXECUTIVE,        POST, /surveys/999999/sections/1/questions/new?type=NPS, DENIED",
            "EXECUTIVE,        POST, /surveys/999999/questions/1, DENIED",
            "EXECUTIVE,        POST, /surveys/999999/questions/1/move?step=1, DENIED",
            "EXECUTIVE,        POST, /surveys/999999/questions/1/delete, DENIED",

            // pages that ask before an action that cannot be undone; an executive reads them without the button
            "ANONYMOUS,        GET,  /surveys/999999/publish,                LOGIN",
            "ANONYMOUS,        GET,  /surveys/999999/archive,                LOGIN",
            "ANONYMOUS,        GET,  /surveys/999999/sections/1/delete,      LOGIN",
            "ANONYMOUS,        GET,  /surveys/999999/questions/1/delete,     LOGIN",
            "QUALITY_MANAGER,  GET,  /surveys/999999/publish,                ALLOWED",
            "QUALITY_MANAGER,  GET,  /surveys/999999/archive,                ALLOWED",
            "QUALITY_MANAGER,  GET,  /surveys/999999/sections/1/delete,      ALLOWED",
            "QUALITY_MANAGER,  GET,  /surveys/999999/questions/1/delete,     ALLOWED",
            "ADMIN,            GET,  /surveys/999999/publish,                ALLOWED",
            "ADMIN,            GET,  /surveys/999999/archive,                ALLOWED",
            "ADMIN,            GET,  /surveys/999999/sections/1/delete,      ALLOWED",
            "ADMIN,            GET,  /surveys/999999/questions/1/delete,     ALLOWED",
            "ADMIN,            POST, /surveys/999999/sections/1/delete,      ALLOWED",
            "EXECUTIVE,        GET,  /surveys/999999/publish,                DENIED",
            "EXECUTIVE,        GET,  /surveys/999999/archive,                DENIED",
            "EXECUTIVE,        GET,  /surveys/999999/sections/1/delete,      DENIED",
            "EXECUTIVE,        GET,  /surveys/999999/questions/1/delete,     DENIED",

            // deleting a draft
            "ANONYMOUS,        GET,  /surveys/999999/delete,                 LOGIN",
            "ANONYMOUS,        POST, /surveys/999999/delete,                 LOGIN",
            "QUALITY_MANAGER,  GET,  /surveys/999999/delete,                 ALLOWED",
            "QUALITY_MANAGER,  POST, /surveys/999999/delete,                 ALLOWED",
            "ADMIN,            GET,  /surveys/999999/delete,                 ALLOWED",
            "ADMIN,            POST, /surveys/999999/delete,                 ALLOWED",
            "EXECUTIVE,        GET,  /surveys/999999/delete,                 DENIED",
            "EXECUTIVE,        POST, /surveys/999999/delete,                 DENIED",

            // campaigns, the outbox, mail settings and holidays (issue 10); a campaign that does not exist answers 404
            "ANONYMOUS,        GET,  /campaigns,                             LOGIN",
            "ANONYMOUS,        GET,  /campaigns/new,                         LOGIN",
            "ANONYMOUS,        POST, /campaigns/new,                         LOGIN",
            "ANONYMOUS,        GET,  /campaigns/999999,                      LOGIN",
            "ANONYMOUS,        POST, /campaigns/999999/close,                LOGIN",
            "ANONYMOUS,        POST, /campaigns/999999/remind,               LOGIN",
            "ANONYMOUS,        GET,  /mail/outbox,                           LOGIN",
            "ANONYMOUS,        GET,  /admin/mail,                            LOGIN",
            "ANONYMOUS,        POST, /admin/mail/test,                       LOGIN",
            "ANONYMOUS,        GET,  /admin/holidays,                        LOGIN",
            "ANONYMOUS,        POST, /admin/holidays,                        LOGIN",
            "ANONYMOUS,        POST, /admin/holidays/999999/delete,          LOGIN",
            "QUALITY_MANAGER,  GET,  /campaigns,                             ALLOWED",
            "QUALITY_MANAGER,  GET,  /campaigns/new,                         ALLOWED",
            "QUALITY_MANAGER,  POST, /campaigns/new,                         ALLOWED",
            "QUALITY_MANAGER,  POST, /campaigns/new?preview=1,               ALLOWED",
            "QUALITY_MANAGER,  GET,  /campaigns/999999,                      ALLOWED",
            "QUALITY_MANAGER,  POST, /campaigns/999999/close,                ALLOWED",
            "QUALITY_MANAGER,  POST, /campaigns/999999/remind,               ALLOWED",
            "QUALITY_MANAGER,  GET,  /mail/outbox,                           ALLOWED",
            "QUALITY_MANAGER,  GET,  /admin/mail,                            DENIED",
            "QUALITY_MANAGER,  POST, /admin/mail/test,                       DENIED",
            "QUALITY_MANAGER,  GET,  /admin/holidays,                        DENIED",
            "QUALITY_MANAGER,  POST, /admin/holidays,                        DENIED",
            "QUALITY_MANAGER,  POST, /admin/holidays/999999/delete,          DENIED",
            "ADMIN,            GET,  /campaigns,                             ALLOWED",
            "ADMIN,            GET,  /campaigns/new,                         ALLOWED",
            "ADMIN,            POST, /campaigns/new,                         ALLOWED",
            "ADMIN,            POST, /campaigns/new?preview=1,               ALLOWED",
            "ADMIN,            GET,  /campaigns/999999,                      ALLOWED",
            "ADMIN,            POST, /campaigns/999999/close,                ALLOWED",
            "ADMIN,            POST, /campaigns/999999/remind,               ALLOWED",
            "ADMIN,            GET,  /mail/outbox,                           ALLOWED",
            "ADMIN,            GET,  /admin/mail,                            ALLOWED",
            "ADMIN,            POST, /admin/mail/test,                       ALLOWED",
            "ADMIN,            GET,  /admin/holidays,                        ALLOWED",
            "ADMIN,            POST, /admin/holidays,                        ALLOWED",
            "ADMIN,            POST, /admin/holidays/999999/delete,          ALLOWED",
            "EXECUTIVE,        GET,  /campaigns,                             ALLOWED",
            "EXECUTIVE,        GET,  /campaigns/999999,                      ALLOWED",
            "EXECUTIVE,        GET,  /campaigns/new,                         DENIED",
            "EXECUTIVE,        POST, /campaigns/new,                         DENIED",
            "EXECUTIVE,        POST, /campaigns/new?preview=1,               DENIED",
            "EXECUTIVE,        POST, /campaigns/999999/close,                DENIED",
            "EXECUTIVE,        POST, /campaigns/999999/remind,               DENIED",
            "EXECUTIVE,        GET,  /mail/outbox,                           DENIED",
            "EXECUTIVE,        GET,  /admin/mail,                            DENIED",
            "EXECUTIVE,        POST, /admin/mail/test,                       DENIED",
            "EXECUTIVE,        GET,  /admin/holidays,                        DENIED",
            "EXECUTIVE,        POST, /admin/holidays,                        DENIED",
            "EXECUTIVE,        POST, /admin/holidays/999999/delete,          DENIED",
            // customer register (issue 10): executives read and export, never change or import
            "ANONYMOUS,        GET,  /customers,                             LOGIN",
            "ANONYMOUS,        GET,  /customers/999999,                      LOGIN",
            "ANONYMOUS,        GET,  /customers/export.csv,                  LOGIN",
            "ANONYMOUS,        GET,  /customers/import,                      LOGIN",
            "ANONYMOUS,        POST, /customers/new,                         LOGIN",
            "ANONYMOUS,        POST, /customers/import/999999/confirm,       LOGIN",
            "QUALITY_MANAGER,  GET,  /customers,                             ALLOWED",
            "QUALITY_MANAGER,  GET,  /customers/new,                         ALLOWED",
            "QUALITY_MANAGER,  POST, /customers/new,                         ALLOWED",
            "QUALITY_MANAGER,  GET,  /customers/999999,                      ALLOWED",
            "QUALITY_MANAGER,  GET,  /customers/999999/edit,                 ALLOWED",
            "QUALITY_MANAGER,  POST, /customers/999999/edit,                 ALLOWED",
            "QUALITY_MANAGER,  POST, /customers/999999/deactivate,           ALLOWED",
            "QUALITY_MANAGER,  POST, /customers/999999/reactivate,           ALLOWED",
            "QUALITY_MANAGER,  GET,  /customers/999999/contacts/new,         ALLOWED",
            "QUALITY_MANAGER,  POST, /customers/999999/contacts/new,         ALLOWED",
            "QUALITY_MANAGER,  GET,  /customers/999999/contacts/1,           ALLOWED",
            "QUALITY_MANAGER,  POST, /customers/999999/contacts/1,           ALLOWED",
            "QUALITY_MANAGER,  POST, /customers/999999/contacts/1/remove,    ALLOWED",
            "QUALITY_MANAGER,  GET,  /customers/export.csv,                  ALLOWED",
            "QUALITY_MANAGER,  GET,  /customers/import,                      ALLOWED",
            "QUALITY_MANAGER,  POST, /customers/import,                      ALLOWED",
            "QUALITY_MANAGER,  GET,  /customers/import/template.csv,         ALLOWED",
            "QUALITY_MANAGER,  GET,  /customers/import/999999,               ALLOWED",
            "QUALITY_MANAGER,  POST, /customers/import/999999/confirm,       ALLOWED",
            "ADMIN,            GET,  /customers,                             ALLOWED",
            "ADMIN,            GET,  /customers/new,                         ALLOWED",
            "ADMIN,            POST, /customers/new,                         ALLOWED",
            "ADMIN,            GET,  /customers/999999/edit,                 ALLOWED",
            "ADMIN,            POST, /customers/999999/deactivate,           ALLOWED",
            "ADMIN,            POST, /customers/999999/contacts/new,         ALLOWED",
            "ADMIN,            GET,  /customers/export.csv,                  ALLOWED",
            "ADMIN,            GET,  /customers/import,                      ALLOWED",
            "ADMIN,            POST, /customers/import/999999/confirm,       ALLOWED",
            "EXECUTIVE,        GET,  /customers,                             ALLOWED",
            "EXECUTIVE,        GET,  /customers/999999,                      ALLOWED",
            "EXECUTIVE,        GET,  /customers/export.csv,                  ALLOWED",
            "EXECUTIVE,        GET,  /customers/new,                         DENIED",
            "EXECUTIVE,        POST, /customers/new,                         DENIED",
            "EXECUTIVE,        GET,  /customers/999999/edit,                 DENIED",
            "EXECUTIVE,        POST, /customers/999999/edit,                 DENIED",
            "EXECUTIVE,        POST, /customers/999999/deactivate,           DENIED",
            "EXECUTIVE,        POST, /customers/999999/reactivate,           DENIED",
            "EXECUTIVE,        GET,  /customers/999999/contacts/new,         DENIED",
            "EXECUTIVE,        POST, /customers/999999/contacts/new,         DENIED",
            "EXECUTIVE,        GET,  /customers/999999/contacts/1,           DENIED",
            "EXECUTIVE,        POST, /customers/999999/contacts/1,           DENIED",
            "EXECUTIVE,        POST, /customers/999999/contacts/1/remove,    DENIED",
            "EXECUTIVE,        GET,  /customers/import,                      DENIED",
            "EXECUTIVE,        POST, /customers/import,                      DENIED",
            "EXECUTIVE,        GET,  /customers/import/template.csv,         DENIED",
            "EXECUTIVE,        GET,  /customers/import/999999,               DENIED",
            "EXECUTIVE,        POST, /customers/import/999999/confirm,       DENIED",
            // improvement actions (issue 11): executives read the list and an action, never change one
            "ANONYMOUS,        GET,  /actions,                              LOGIN",
            "ANONYMOUS,        GET,  /actions/new,                          LOGIN",
            "ANONYMOUS,        POST, /actions/new,                          LOGIN",
            "ANONYMOUS,        GET,  /actions/new?complaint=999999,         LOGIN",
            "ANONYMOUS,        GET,  /actions/999999,                       LOGIN",
            "ANONYMOUS,        GET,  /actions/999999/edit,                  LOGIN",
            "ANONYMOUS,        POST, /actions/999999/edit,                  LOGIN",
            "ANONYMOUS,        POST, /actions/999999/move,                  LOGIN",
            "ANONYMOUS,        GET,  /actions/999999/delete,                LOGIN",
            "ANONYMOUS,        POST, /actions/999999/delete,                LOGIN",
            "QUALITY_MANAGER,  GET,  /actions,                              ALLOWED",
            "QUALITY_MANAGER,  GET,  /actions/new,                          ALLOWED",
            "QUALITY_MANAGER,  POST, /actions/new,                          ALLOWED",
            "QUALITY_MANAGER,  GET,  /actions/new?complaint=999999,         ALLOWED",
            "QUALITY_MANAGER,  GET,  /actions/999999,                       ALLOWED",
            "QUALITY_MANAGER,  GET,  /actions/999999/edit,                  ALLOWED",
            "QUALITY_MANAGER,  POST, /actions/999999/edit,                  ALLOWED",
            "QUALITY_MANAGER,  POST, /actions/999999/move,                  ALLOWED",
            "QUALITY_MANAGER,  GET,  /actions/999999/delete,                ALLOWED",
            "QUALITY_MANAGER,  POST, /actions/999999/delete,                ALLOWED",
            "ADMIN,            GET,  /actions,                              ALLOWED",
            "ADMIN,            GET,  /actions/new,                          ALLOWED",
            "ADMIN,            POST, /actions/new,                          ALLOWED",
            "ADMIN,            GET,  /actions/new?complaint=999999,         ALLOWED",
            "ADMIN,            GET,  /actions/999999,                       ALLOWED",
            "ADMIN,            GET,  /actions/999999/edit,                  ALLOWED",
            "ADMIN,            POST, /actions/999999/edit,                  ALLOWED",
            "ADMIN,            POST, /actions/999999/move,                  ALLOWED",
            "ADMIN,            GET,  /actions/999999/delete,                ALLOWED",
            "ADMIN,            POST, /actions/999999/delete,                ALLOWED",
            "EXECUTIVE,        GET,  /actions,                              ALLOWED",
            "EXECUTIVE,        GET,  /actions/new,                          DENIED",
            "EXECUTIVE,        POST, /actions/new,                          DENIED",
            "EXECUTIVE,        GET,  /actions/new?complaint=999999,         DENIED",
            "EXECUTIVE,        GET,  /actions/999999,                       ALLOWED",
            "EXECUTIVE,        GET,  /actions/999999/edit,                  DENIED",
            "EXECUTIVE,        POST, /actions/999999/edit,                  DENIED",
            "EXECUTIVE,        POST, /actions/999999/move,                  DENIED",
            "EXECUTIVE,        GET,  /actions/999999/delete,                DENIED",
            "EXECUTIVE,        POST, /actions/999999/delete,                DENIED",
    })
    void each_role_reaches_its_pages_and_no_others(String role, HttpMethod method, String url, Expected expected) throws Exception {
        MockHttpServletRequestBuilder request = request(method, url).with(csrf());
        if (!role.equals("ANONYMOUS")) {
            String username = accounts.create(Role.valueOf(role)).getUsername();
            request = request.with(user(username).roles(role));
        }

        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

        assertThat(outcome(response)).as("%s %s %s", role, method, url).isEqualTo(expected);
    }

    private static Expected outcome(MockHttpServletResponse response) {
        if (response.getStatus() >= 500) {
            return Expected.SERVER_ERROR;
        }
        if (response.getStatus() == 403) {
            return Expected.DENIED;
        }
        String location = response.getRedirectedUrl();
        if (response.getStatus() == 401 || (location != null && location.endsWith("/login"))) {
            return Expected.LOGIN;
        }
        return Expected.ALLOWED;
    }
}
