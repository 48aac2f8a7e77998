package com.satisfaction.web.audit;

import com.satisfaction.persistence.user.Role;
import com.satisfaction.web.PageClient;
import com.satisfaction.web.PostgresApplicationTest;
import com.satisfaction.web.TestAccounts;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Every change to an audited record is on its page: who, when, which fields, before → after. */
@PostgresApplicationTest
class AuditTrailTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Test
    void a_customers_page_shows_who_created_and_changed_it_with_each_field_before_and_after() throws Exception {
        String creator = accounts.create(Role.QUALITY_MANAGER).getUsername();
        String editor = accounts.create(Role.ADMIN).getUsername();
        PageClient first = new PageClient(mvc, user(creator).roles("QUALITY_MANAGER"), "en");
        PageClient second = new PageClient(mvc, user(editor).roles("ADMIN"), "en");
        String code = "A" + UUID.randomUUID().toString().substring(0, 8);

        Document form = first.open("/customers/new");
        form.selectFirst("input[name=code]").val(code);
        form.selectFirst("input[name=name]").val("审计测试有限公司");
        form.selectFirst("input[name=annualValue]").val("125000.50");
        form.selectFirst("input[name=keyAccount]").attr("checked", true);
        Document page = first.follow(first.submit(form.selectFirst("form.form")));
        assertThat(rows(page)).hasSize(1);
        assertThat(rows(page).get(0).text()).contains(creator, "Created", "Customer code: " + code,
                "Annual value: 125000.5", "Key account: Yes");

        Document edit = second.click(second.open(page.location()),
                "a[href$='/edit']");
        edit.selectFirst("input[name=annualValue]").val("130000");
        edit.selectFirst("input[name=keyAccount]").removeAttr("checked");
        page = second.follow(second.submit(edit.selectFirst("form.form")));

        Elements rows = rows(page);
        assertThat(rows).hasSize(2);
        Element change = rows.get(1);
        assertThat(change.text()).contains(editor, "Changed");
        assertThat(change.select("li").eachText())
                .containsExactlyInAnyOrder("Annual value: 125000.5 → 130000", "Key account: Yes → No");
        assertThat(change.select(".before").eachText()).containsExactlyInAnyOrder("125000.5", "Yes");
    }

    @Test
    void a_record_without_changes_says_so() throws Exception {
        PageClient manager = new PageClient(mvc,
                user(accounts.create(Role.QUALITY_MANAGER).getUsername()).roles("QUALITY_MANAGER"), "zh");
        Document form = manager.open("/customers/new");
        form.selectFirst("input[name=code]").val("B" + UUID.randomUUID().toString().substring(0, 8));
        form.selectFirst("input[name=name]").val("无变更公司");
        Document page = manager.follow(manager.submit(form.selectFirst("form.form")));
        assertThat(page.select(".audit-trail h2").text()).isEqualTo("变更记录");
        assertThat(rows(page)).hasSize(1);
        assertThat(rows(page).get(0).text()).contains("创建", "客户名称: 无变更公司");
    }

    private static Elements rows(Document page) {
        return page.select(".audit-trail table.audit tbody tr");
    }
}
