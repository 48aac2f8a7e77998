package com.satisfaction.web.action;

import com.satisfaction.core.action.ActionStatus;
import com.satisfaction.persistence.action.ImprovementAction;
import com.satisfaction.persistence.action.ImprovementActionRepository;
import com.satisfaction.persistence.customer.Customer;
import com.satisfaction.persistence.user.Role;
import com.satisfaction.persistence.user.UserAccount;
import com.satisfaction.persistence.user.UserAccountRepository;
import com.satisfaction.web.PageClient;
import com.satisfaction.web.PostgresApplicationTest;
import com.satisfaction.web.TestAccounts;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Improvement actions as their users see them, on PostgreSQL with a clock the test sets: created by hand, from a
 * complaint and from a low answer or a suggestion of a real stored response (linked both ways); walked through every
 * allowed step and refused on every wrong one with the reason on the page; each change a history row; overdue by
 * the clock, in the list and on the owner's and the quality managers' home pages; edited, filtered, paged, deleted.
 */
@PostgresApplicationTest
class ImprovementActionTest {

    static final MovableClock CLOCK = new MovableClock();
    static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

    @TestBean
    Clock clock;

    static Clock clock() {
        return CLOCK;
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ActionFixture fixture;

    @Autowired
    ImprovementActionRepository actions;

    @Autowired
    UserAccountRepository users;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcTemplate jdbc;

    UserAccount manager;
    RequestPostProcessor asManager;
    PageClient pages;
    String unique;

    @BeforeEach
    void aQualityManagerOnAMonday() {
        CLOCK.setDay(TODAY);
        manager = accounts.create(Role.QUALITY_MANAGER);
        asManager = user(manager.getUsername()).roles("QUALITY_MANAGER");
        pages = new PageClient(mvc, asManager, "en");
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @Nested
    class Creating {

        @Test
        void a_manager_creates_an_action_by_hand_and_sees_it_open_with_its_creation_in_the_history() throws Exception {
            Document form = pages.open("/actions/new");
            assertThat(form.select(".source").text()).contains("Source", "By hand");
            assertThat(form.selectFirst("input[name=dueDate]").val()).isEqualTo("2026-04-15");
            assertThat(form.selectFirst("select[name=ownerId] option[selected]").val())
                    .isEqualTo(manager.getId().toString());
            form.selectFirst("input[name=title]").val("Stronger cartons " + unique);
            form.selectFirst("textarea[name=description]").text("Double-wall cartons for export orders");
            form.selectFirst("input[name=ownerDepartment]").val("Packaging");
            MvcResult created = pages.submit(form.selectFirst("form.form"));
            assertThat(created.getResponse().getStatus()).as(created.getResponse().getContentAsString()).isEqualTo(302);

            Document page = pages.follow(created);
            assertThat(page.select(".flash").text()).isEqualTo("Improvement action created.");
            assertThat(page.select("h1").text()).contains("Stronger cartons " + unique, "Open").doesNotContain("Overdue");
            assertThat(page.select(".facts").first().text())
                    .contains("Double-wall cartons for export orders", "Packaging", manager.getDisplayName(), "2026-04-15");
            assertThat(page.select("table.history tbody tr")).hasSize(1);
            assertThat(page.select("table.history tbody tr").text()).contains("Created (open)", manager.getDisplayName());
            assertThat(page.select("form.step button").eachText()).containsExactly("Start work");
        }

        @Test
        void bad_values_come_back_beside_their_fields_and_nothing_is_stored() throws Exception {
            long before = actions.count();
            MvcResult result = mvc.perform(post("/actions/new").with(asManager).with(csrf()).param("lang", "en")
                            .param("title", " ").param("ownerDepartment", "d".repeat(101)).param("ownerId", "abc")
                            .param("dueDate", "2026-02-30").param("description", "x".repeat(4001)))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrors("actionForm", "title", "ownerDepartment", "ownerId",
                            "dueDate", "description"))
                    .andReturn();
            assertThat(result.getResponse().getContentAsString())
                    .contains("Enter a title.", "The owner department takes at most 100 characters.", "Choose an owner.",
                            "Enter a valid date between 2000-01-01 and 2099-12-31");

            mvc.perform(post("/actions/new").with(asManager).with(csrf()).param("title", "t")
                            .param("ownerDepartment", "QA").param("ownerId", "999999999").param("dueDate", "2026-05-01"))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrorCode("actionForm", "ownerId", "actions.owner.unknown"));
            mvc.perform(post("/actions/new").with(asManager).with(csrf()).param("title", "t")
                            .param("ownerDepartment", "QA").param("ownerId", manager.getId().toString())
                            .param("dueDate", "1999-12-31"))
                    .andExpect(model().attributeHasFieldErrorCode("actionForm", "dueDate", "actions.dueDate.invalid"));
            assertThat(actions.count()).isEqualTo(before);
        }

        @Test
        void a_form_posted_twice_or_by_racing_clicks_creates_one_action() throws Exception {
            Document form = pages.open("/actions/new");
            assertThat(form.selectFirst("input[name=submissionKey]").val()).hasSize(36);
            form.selectFirst("input[name=title]").val("Once " + unique);
            form.selectFirst("input[name=ownerDepartment]").val("QA");
            MvcResult first = pages.submit(form.selectFirst("form.form"));
            MvcResult second = pages.submit(form.selectFirst("form.form"));
            assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());

            Document raced = pages.open("/actions/new");
            raced.selectFirst("input[name=title]").val("Raced " + unique);
            raced.selectFirst("input[name=ownerDepartment]").val("QA");
            var threads = java.util.concurrent.Executors.newFixedThreadPool(4);
            try {
                List<java.util.concurrent.Future<MvcResult>> posts = new java.util.ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    posts.add(threads.submit(() -> pages.submit(raced.selectFirst("form.form"))));
                }
                for (var post : posts) {
                    assertThat(post.get().getResponse().getStatus()).isEqualTo(302);
                }
            } finally {
                threads.shutdown();
            }
            assertThat(jdbc.queryForObject("select count(*) from improvement_action where title in (?, ?)", Long.class,
                    "Once " + unique, "Raced " + unique)).isEqualTo(2);
        }

        @Test
        void a_complaint_pre_fills_the_form_and_the_action_links_back_to_it() throws Exception {
            Customer customer = fixture.customer("Complaining Co " + unique);
            long complaint = fixture.complaint(customer, manager, "Cartons crushed on arrival " + unique);

            Document complaintPage = pages.open("/complaints/" + complaint);
            assertThat(complaintPage.select(".linked-actions .empty").text()).isNotEmpty();
            Document form = pages.click(complaintPage, "#to-action");
            assertThat(form.selectFirst("input[name=title]").val()).isEqualTo("Cartons crushed on arrival " + unique);
            assertThat(form.selectFirst("input[name=complaintId]").val()).isEqualTo(String.valueOf(complaint));
            assertThat(form.select(".source").text()).contains("Complaint", "Complaining Co " + unique);
            form.selectFirst("input[name=ownerDepartment]").val("Logistics");
            Document page = pages.follow(pages.submit(form.selectFirst("form.form")));

            assertThat(page.select(".source").text()).contains("Complaint #" + complaint, "Complaining Co " + unique,
                    "Cartons crushed on arrival " + unique);
            assertThat(page.selectFirst(".source a.source-link").attr("href")).isEqualTo("/complaints/" + complaint);
            assertThat(pages.open("/complaints/" + complaint).select(".linked-actions tbody tr").text())
                    .as("linked both ways").contains("Cartons crushed on arrival " + unique);
            ImprovementAction stored = actions.findAll().stream()
                    .filter(a -> ("Cartons crushed on arrival " + unique).equals(a.getTitle())).findFirst().orElseThrow();
            assertThat(stored.getComplaintId()).isEqualTo(complaint);
            assertThat(jdbc.queryForObject("select count(*) from improvement_action where complaint_id = ?",
                    Long.class, complaint)).isEqualTo(1);
        }

        @Test
        void a_source_that_is_not_there_is_refused_and_nothing_is_stored() throws Exception {
            ActionFixture.StoredResponse response = fixture.response(9, "");
            long before = actions.count();

            // an unknown complaint, a question of another response, an answer that is neither low nor a suggestion
            mvc.perform(get("/actions/new").with(asManager).param("complaint", "999999999")).andExpect(status().isNotFound());
            mvc.perform(get("/actions/new").with(asManager).param("response", String.valueOf(response.responseId()))
                    .param("question", String.valueOf(response.question(3)))).andExpect(status().isNotFound());
            mvc.perform(get("/actions/new").with(asManager).param("response", "x")).andExpect(status().isNotFound());
            for (String[] source : List.of(new String[]{"complaintId", "999999999"},
                    new String[]{"responseId", String.valueOf(response.responseId())})) {
                MvcResult result = mvc.perform(post("/actions/new").with(asManager).with(csrf()).param("lang", "en")
                                .param("title", "t").param("ownerDepartment", "QA")
                                .param("ownerId", manager.getId().toString()).param("dueDate", "2026-05-01")
                                .param(source[0], source[1]).param("questionId", String.valueOf(response.question(3))))
                        .andExpect(status().isOk()).andReturn();
                assertThat(result.getResponse().getContentAsString()).contains("The chosen source");
            }
            assertThat(actions.count()).isEqualTo(before);
        }
    }

    @Nested
    class From_a_survey_response {

        @Test
        void low_answers_and_suggestions_of_a_stored_response_offer_one_click_follow_ups() throws Exception {
            ActionFixture.StoredResponse response = fixture.response(5, "加固包装");

            Document page = pages.open(responsePage(response));
            assertThat(rowOf(page, "Delivery on time").select(".tag").text()).isEqualTo("Low answer");
            assertThat(rowOf(page, "Would you recommend us?").select(".tag").text()).isEqualTo("Low answer");
            assertThat(rowOf(page, "Suggestions").select(".tag").text()).isEqualTo("Suggestion");
            assertThat(rowOf(page, "Product quality").select(".tag, a")).isEmpty();
            Element delivery = rowOf(page, "Delivery on time");
            assertThat(delivery.selectFirst("a.to-complaint").attr("href")).isEqualTo("/complaints/new?response="
                    + response.responseId() + "&question=" + response.question(1));
            assertThat(delivery.selectFirst("a.to-action").attr("href")).isEqualTo("/actions/new?response="
                    + response.responseId() + "&question=" + response.question(1));
            assertThat(page.select(".linked-from-response").text()).contains("No improvement action has been made");

            Document executiveView = new PageClient(mvc, user(accounts.create(Role.EXECUTIVE).getUsername())
                    .roles("EXECUTIVE"), "en").open(responsePage(response));
            assertThat(executiveView.select("a.to-action, a.to-complaint")).isEmpty();
            assertThat(executiveView.select(".tag").eachText()).contains("Low answer", "Suggestion");
        }

        @Test
        void one_click_turns_a_low_answer_into_a_pre_filled_action_linked_both_ways() throws Exception {
            ActionFixture.StoredResponse response = fixture.response(9, "");

            Document form = pages.click(pages.open(responsePage(response)), "a.to-action");
            assertThat(form.selectFirst("input[name=title]").val()).isEqualTo("Delivery on time");
            assertThat(form.selectFirst("input[name=responseId]").val()).isEqualTo(String.valueOf(response.responseId()));
            assertThat(form.selectFirst("input[name=questionId]").val()).isEqualTo(String.valueOf(response.question(1)));
            assertThat(form.select(".source").text()).contains("Low survey answer", "Response #" + response.responseId(),
                    "Delivery on time", "Poor", "Low answer");
            form.selectFirst("input[name=title]").val("Delivery on time " + unique);
            form.selectFirst("input[name=ownerDepartment]").val("Logistics");
            Document action = pages.follow(pages.submit(form.selectFirst("form.form")));

            assertThat(action.select(".flash").text()).isEqualTo("Improvement action created.");
            assertThat(action.select(".source").text()).contains("Low survey answer", "Delivery on time");
            assertThat(action.selectFirst(".source a.source-link").attr("href")).isEqualTo(responsePage(response));

            Document back = pages.click(action, ".source a.source-link");
            Element linked = back.selectFirst(".linked-from-response a[href^=/actions/]");
            assertThat(linked).isNotNull();
            assertThat(linked.text()).isEqualTo("Delivery on time " + unique);
            assertThat(back.select(".linked-from-response").text()).contains("Logistics", "Open");
            assertThat(pages.click(back, ".linked-from-response a[href^=/actions/]").select("h1").text())
                    .contains("Delivery on time " + unique);
        }

        @Test
        void a_suggestion_becomes_an_action_with_the_customers_words_as_its_description() throws Exception {
            ActionFixture.StoredResponse response = fixture.response(9, "加固包装");

            Element row = rowOf(pages.open(responsePage(response)), "Suggestions");
            Document form = pages.open(row.selectFirst("a.to-action").attr("href"));
            assertThat(form.selectFirst("textarea[name=description]").text()).isEqualTo("加固包装");
            form.selectFirst("input[name=ownerDepartment]").val("Packaging");
            Document action = pages.follow(pages.submit(form.selectFirst("form.form")));

            assertThat(action.select(".source").text()).contains("Customer suggestion", "加固包装");
            assertThat(actions.findAll().stream().filter(a -> response.responseId() == (a.getResponseId() == null ? -1
                    : a.getResponseId())).map(a -> a.getSource().name()).toList()).containsExactly("SUGGESTION");
        }
    }

    @Nested
    class Lifecycle {

        @Test
        void each_allowed_step_is_taken_through_the_page_and_recorded_in_the_history() throws Exception {
            long id = create("Walk " + unique, "Quality", manager, TODAY.plusDays(10));

            Document page = step(id, "IN_PROGRESS", "");
            assertThat(page.select(".flash").text()).isEqualTo("The improvement action is now in progress.");
            assertThat(page.select("h1").text()).contains("In progress");
            page = step(id, "DONE", "Supplier changed to double-wall cartons");
            assertThat(page.select(".flash").text()).isEqualTo("The improvement action is done and awaits verification.");
            assertThat(page.select("form.step button").eachText())
                    .containsExactly("Verified", "Verification failed, reopen");
            page = step(id, "IN_PROGRESS", "Two crushed cartons in April");
            assertThat(page.select("h1").text()).contains("In progress");
            page = step(id, "DONE", "Corner guards added");
            page = step(id, "VERIFIED", "No crushed carton in three months of shipments");
            assertThat(page.select(".flash").text())
                    .isEqualTo("The improvement action is verified; its effectiveness is recorded.");
            assertThat(page.select("h1").text()).contains("Verified");
            assertThat(page.select(".facts").first().text())
                    .contains("Corner guards added", "No crushed carton in three months of shipments");
            assertThat(page.select("form.step")).isEmpty();

            List<String> history = page.select("table.history tbody tr").eachText();
            assertThat(history).hasSize(6);
            assertThat(history.get(0)).contains("Created (open)");
            assertThat(history.get(1)).contains("Open → In progress", manager.getDisplayName());
            assertThat(history.get(2)).contains("In progress → Done", "Supplier changed to double-wall cartons");
            assertThat(history.get(3)).contains("Done → In progress", "Two crushed cartons in April");
            assertThat(history.get(4)).contains("In progress → Done", "Corner guards added");
            assertThat(history.get(5)).contains("Done → Verified", "No crushed carton in three months");
            assertThat(jdbc.queryForList("select from_status || '>' || to_status from action_event where action_id = ? "
                    + "and from_status is not null order by id", String.class, id)).containsExactly("OPEN>IN_PROGRESS",
                    "IN_PROGRESS>DONE", "DONE>IN_PROGRESS", "IN_PROGRESS>DONE", "DONE>VERIFIED");
        }

        @Test
        void each_refused_step_shows_its_reason_keeps_the_text_and_changes_nothing() throws Exception {
            long id = create("Refusals " + unique, "Quality", manager, TODAY.plusDays(10));

            assertRefused(id, "OPEN", "DONE", "done already", "An action moves one step forward at a time");
            assertRefused(id, "OPEN", "VERIFIED", "x", "An action moves one step forward at a time");
            assertRefused(id, "OPEN", "OPEN", "x", "The improvement action already has this status.");
            assertRefused(id, "OPEN", "BOGUS", "x", "An action moves one step forward at a time");
            step(id, "IN_PROGRESS", null);
            assertRefused(id, "OPEN", "IN_PROGRESS", "double click", "was just changed by someone else");
            assertRefused(id, "IN_PROGRESS", "DONE", "   ", "Enter the result before marking the action done.");
            assertRefused(id, "IN_PROGRESS", "OPEN", "back", "An action moves one step forward at a time");
            assertRefused(id, "IN_PROGRESS", "DONE", "r".repeat(4001), "The note takes at most 4000 characters.");
            step(id, "DONE", "Result");
            assertRefused(id, "DONE", "VERIFIED", "", "Enter the effectiveness check before marking the action verified.");
            assertRefused(id, "DONE", "IN_PROGRESS", "", "Say why the verification failed");
            step(id, "VERIFIED", "Worked");
            assertRefused(id, "VERIFIED", "IN_PROGRESS", "reopen", "A verified improvement action cannot change");

            assertThat(jdbc.queryForObject("select count(*) from action_event where action_id = ?", Long.class, id))
                    .isEqualTo(4);
            assertThat(actions.findById(id).orElseThrow().getStatus()).isEqualTo(ActionStatus.VERIFIED);
        }

        @Test
        void a_refused_result_comes_back_in_its_box() throws Exception {
            long id = create("Kept text " + unique, "Quality", manager, TODAY.plusDays(10));
            step(id, "IN_PROGRESS", null);
            MvcResult result = mvc.perform(post("/actions/{id}/move", id).with(asManager).with(csrf()).param("lang", "zh")
                    .param("from", "IN_PROGRESS").param("to", "VERIFIED").param("text", "已核实")).andReturn();
            Document page = org.jsoup.Jsoup.parse(result.getResponse().getContentAsString());
            assertThat(page.select(".alert.error").text()).isEqualTo("只能前进到下一步（或在验证未通过时退回“进行中”）。");

            result = mvc.perform(post("/actions/{id}/move", id).with(asManager).with(csrf()).param("lang", "zh")
                    .param("from", "IN_PROGRESS").param("to", "DONE").param("text", "\u3000")).andReturn();
            page = org.jsoup.Jsoup.parse(result.getResponse().getContentAsString());
            assertThat(page.select(".alert.error").text()).isEqualTo("标记为“已完成”前，请填写实施结果。");
            assertThat(page.selectFirst("form.step:has(input[name=to][value=DONE]) .field").hasClass("has-error")).isTrue();
        }
    }

    @Nested
    class Overdue {

        @Test
        void an_unfinished_action_is_overdue_the_day_after_its_due_date_in_the_list_and_on_its_page() throws Exception {
            String department = "Overdue " + unique;
            long open = create("Open one " + unique, department, manager, TODAY);
            long done = create("Done one " + unique, department, manager, TODAY);
            step(done, "IN_PROGRESS", null);
            step(done, "DONE", "finished in time");

            Document list = pages.open("/actions?department=" + department);
            assertThat(list.select("tr.overdue")).isEmpty();
            assertThat(list.select(".overdue")).isEmpty();
            assertThat(pages.open("/actions?overdue=true&department=" + department).select("table.actions-list tbody tr"))
                    .isEmpty();

            CLOCK.setDay(TODAY.plusDays(1));
            list = pages.open("/actions?department=" + department);
            assertThat(list.select("tr.overdue").text()).contains("Open one " + unique, "Overdue");
            assertThat(list.select("tr.overdue").text()).doesNotContain("Done one");
            Document overdueOnly = pages.open("/actions?overdue=true&department=" + department);
            assertThat(overdueOnly.select("table.actions-list tbody tr").eachText()).singleElement().asString()
                    .contains("Open one " + unique);
            assertThat(pages.open("/actions/" + open).select("h1 .overdue").text()).isEqualTo("Overdue");
            assertThat(pages.open("/actions/" + done).select(".overdue")).isEmpty();
        }

        @Test
        void the_owner_and_the_quality_managers_find_overdue_actions_on_their_home_pages() throws Exception {
            UserAccount owner = accounts.create(Role.EXECUTIVE);
            long late = create("Late " + unique, "Sales", owner, TODAY.minusDays(3));
            create("Not yet " + unique, "Sales", owner, TODAY.plusDays(3));

            Document ownersHome = new PageClient(mvc, user(owner.getUsername()).roles("EXECUTIVE"), "en").open("/");
            assertThat(ownersHome.select(".overdue-actions.mine").text()).contains("My overdue improvement actions",
                    "Late " + unique, "2026-03-13").doesNotContain("Not yet");
            assertThat(ownersHome.selectFirst(".overdue-actions.mine a").attr("href")).isEqualTo("/actions/" + late);
            assertThat(ownersHome.select(".overdue-actions.all")).isEmpty();

            Document managersHome = pages.open("/");
            assertThat(managersHome.select(".overdue-actions.mine").text()).contains("You have no overdue improvement action.");
            assertThat(managersHome.select(".overdue-actions.all").text()).contains("All overdue improvement actions",
                    "Late " + unique).doesNotContain("Not yet " + unique);
            assertThat(pages.open("/actions?overdue=true&owner=" + owner.getId()).select("table.actions-list").text())
                    .contains("Late " + unique).doesNotContain("Not yet");
        }
    }

    @Nested
    class Changing {

        @Test
        void editing_changes_what_the_action_says_but_not_its_source_or_status() throws Exception {
            UserAccount other = accounts.create(Role.ADMIN);
            long id = create("Edit me " + unique, "Quality", manager, TODAY.plusDays(10));
            step(id, "IN_PROGRESS", null);

            Document form = pages.open("/actions/" + id + "/edit");
            assertThat(form.selectFirst("input[name=title]").val()).isEqualTo("Edit me " + unique);
            assertThat(form.select("input[name=complaintId], input[name=responseId]")).isEmpty();
            // a source posted with an edit is not read: the action stays one made by hand
            MvcResult saved = mvc.perform(post("/actions/{id}/edit", id).with(asManager).with(csrf())
                    .param("title", "Edited " + unique).param("ownerDepartment", "Quality")
                    .param("ownerId", other.getId().toString()).param("dueDate", "2026-06-30")
                    .param("complaintId", "999999999")).andReturn();
            Document page = pages.follow(saved);

            assertThat(page.select(".flash").text()).isEqualTo("Improvement action saved.");
            assertThat(page.select("h1").text()).contains("Edited " + unique, "In progress");
            assertThat(page.select(".facts").first().text()).contains(other.getDisplayName(), "2026-06-30");
            assertThat(page.select(".source").text()).contains("By hand");
        }

        @Test
        void every_change_is_on_the_actions_page_with_who_when_and_before_after() throws Exception {
            UserAccount admin = accounts.create(Role.ADMIN);
            Document form = pages.open("/actions/new");
            form.selectFirst("input[name=title]").val("Audited " + unique);
            form.selectFirst("input[name=ownerDepartment]").val("Quality");
            Document page = pages.follow(pages.submit(form.selectFirst("form.form")));
            long id = Long.parseLong(page.location().replaceAll(".*/actions/", ""));
            assertThat(page.select(".audit-trail tbody tr")).hasSize(1);
            assertThat(page.select(".audit-trail tbody tr").text()).contains(manager.getUsername(), "Created",
                    "Title: Audited " + unique, "Status: Open", "Source: By hand");

            MvcResult edited = mvc.perform(post("/actions/{id}/edit", id).with(user(admin.getUsername()).roles("ADMIN"))
                    .with(csrf()).param("title", "Audited " + unique).param("ownerDepartment", "Sales")
                    .param("ownerId", manager.getId().toString()).param("dueDate", "2026-06-30")).andReturn();
            assertThat(edited.getResponse().getStatus()).isEqualTo(302);
            page = step(id, "IN_PROGRESS", "go");

            var rows = page.select(".audit-trail table.audit tbody tr");
            assertThat(rows).hasSize(3);
            assertThat(rows.get(1).text()).contains(admin.getUsername(), "Changed");
            assertThat(rows.get(1).select("li").eachText()).containsExactlyInAnyOrder(
                    "Owner department: Quality → Sales", "Due date: 2026-04-15 → 2026-06-30");
            assertThat(rows.get(2).text()).contains(manager.getUsername());
            assertThat(rows.get(2).select("li").eachText()).containsExactly("Status: Open → In progress");
        }

        @Test
        void the_list_filters_in_sql_and_pages_by_25() throws Exception {
            String department = "Paged-" + unique;
            UserAccount owner = accounts.create(Role.QUALITY_MANAGER);
            for (int i = 0; i < 26; i++) {
                create(String.format("Paged %02d %s", i, unique), department, i == 0 ? owner : manager,
                        TODAY.plusDays(i));
            }

            Document first = pages.open("/actions?department=" + department);
            assertThat(first.select(".hint").first().text()).isEqualTo("26 improvement actions");
            assertThat(first.select("table.actions-list tbody tr")).hasSize(25);
            assertThat(first.select(".pager").text()).contains("1", "2");
            Document second = pages.click(first, ".pager a[rel=next]");
            assertThat(second.select("table.actions-list tbody tr").text()).contains("Paged 25 " + unique);

            assertThat(pages.open("/actions?department=" + department + "&owner=" + owner.getId())
                    .select("table.actions-list tbody tr").eachText()).singleElement().asString().contains("Paged 00");
            assertThat(pages.open("/actions?department=" + department + "&status=DONE")
                    .select("table.actions-list tbody tr")).isEmpty();
            assertThat(pages.open("/actions?department=" + department + "&source=MANUAL&status=OPEN")
                    .select("table.actions-list tbody tr")).hasSize(25);
            assertThat(pages.open("/actions?department=" + department + "&source=COMPLAINT")
                    .select("table.actions-list tbody tr")).isEmpty();
            // what no page offers reads as no filter
            assertThat(pages.open("/actions?department=" + department + "&status=bogus&owner=x&page=-1&overdue=maybe")
                    .select("table.actions-list tbody tr")).hasSize(25);
        }

        @Test
        void deleting_asks_first_and_then_removes_the_action_with_its_history() throws Exception {
            long id = create("Delete me " + unique, "Quality", manager, TODAY.plusDays(10));
            step(id, "IN_PROGRESS", null);

            Document confirm = pages.click(pages.open("/actions/" + id), "a[href$=/delete]");
            assertThat(confirm.select("h1").text()).isEqualTo("Delete improvement action: Delete me " + unique);
            assertThat(confirm.select("p").text()).contains("2 history rows");
            Document list = pages.follow(pages.submit(confirm.selectFirst("form[action$=/delete]")));

            assertThat(list.select(".flash").text()).isEqualTo("Improvement action deleted.");
            assertThat(actions.findById(id)).isEmpty();
            assertThat(jdbc.queryForObject("select count(*) from action_event where action_id = ?", Long.class, id))
                    .isZero();
            mvc.perform(get("/actions/{id}", id).with(asManager)).andExpect(status().isNotFound());
        }

        @Test
        void an_executive_reads_an_action_without_any_button_to_change_it() throws Exception {
            long id = create("Read only " + unique, "Quality", manager, TODAY.plusDays(10));
            RequestPostProcessor executive = user(accounts.create(Role.EXECUTIVE).getUsername()).roles("EXECUTIVE");

            Document page = new PageClient(mvc, executive, "en").open("/actions/" + id);
            assertThat(page.select("h1").text()).contains("Read only " + unique);
            assertThat(page.select("form.step, a[href$=/edit], a[href$=/delete]")).isEmpty();
            mvc.perform(post("/actions/{id}/move", id).with(executive).with(csrf()).param("from", "OPEN")
                    .param("to", "IN_PROGRESS")).andExpect(status().isForbidden());
            assertThat(actions.findById(id).orElseThrow().getStatus()).isEqualTo(ActionStatus.OPEN);
        }
    }

    // ---------------------------------------------------------------- helpers

    private long create(String title, String department, UserAccount owner, LocalDate due) {
        return transaction.execute(status -> {
            ImprovementAction action = ImprovementAction.manual(users.findById(manager.getId()).orElseThrow(),
                    CLOCK.instant());
            action.describe(title, null, department, users.findById(owner.getId()).orElseThrow(), due);
            return actions.save(action).getId();
        });
    }

    /** Takes the step to {@code to} through the action page's form, and returns the page the redirect leads to. */
    private Document step(long id, String to, String text) throws Exception {
        Document page = pages.open("/actions/" + id);
        Element form = page.selectFirst("form.step:has(input[name=to][value=" + to + "])");
        assertThat(form).as("step to %s on %s", to, page.select("h1").text()).isNotNull();
        if (text != null) {
            form.selectFirst("textarea[name=text]").text(text);
        }
        MvcResult result = pages.submit(form);
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(302);
        return pages.follow(result);
    }

    private void assertRefused(long id, String from, String to, String text, String message) throws Exception {
        long events = jdbc.queryForObject("select count(*) from action_event where action_id = ?", Long.class, id);
        ActionStatus status = actions.findById(id).orElseThrow().getStatus();
        MvcResult result = mvc.perform(post("/actions/{id}/move", id).with(asManager).with(csrf()).param("lang", "en")
                .param("from", from).param("to", to).param("text", text)).andReturn();
        assertThat(result.getResponse().getStatus()).as("%s → %s", from, to).isEqualTo(200);
        Document page = org.jsoup.Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.select(".alert.error").text()).as("%s → %s", from, to).contains(message);
        if (!to.equals("BOGUS") && page.selectFirst("form.step:has(input[name=to][value=" + to + "]) textarea") != null
                && text.length() < 100) {
            assertThat(page.selectFirst("form.step:has(input[name=to][value=" + to + "]) textarea").text())
                    .isEqualTo(text.strip());
        }
        assertThat(jdbc.queryForObject("select count(*) from action_event where action_id = ?", Long.class, id))
                .isEqualTo(events);
        assertThat(actions.findById(id).orElseThrow().getStatus()).isEqualTo(status);
    }

    private static String responsePage(ActionFixture.StoredResponse response) {
        return "/surveys/" + response.surveyId() + "/responses/" + response.responseId();
    }

    private static Element rowOf(Document page, String question) {
        return page.select("tr").stream().filter(row -> row.select("th").text().contains(question)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + question));
    }
}
