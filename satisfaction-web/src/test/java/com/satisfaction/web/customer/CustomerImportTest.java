package com.satisfaction.web.customer;

import com.satisfaction.persistence.customer.Customer;
import com.satisfaction.persistence.customer.CustomerImportRepository;
import com.satisfaction.persistence.customer.CustomerImportStatus;
import com.satisfaction.persistence.customer.CustomerRepository;
import com.satisfaction.persistence.customer.ImportProgress;
import com.satisfaction.persistence.user.Role;
import com.satisfaction.web.PageClient;
import com.satisfaction.web.PostgresApplicationTest;
import com.satisfaction.web.TestAccounts;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@PostgresApplicationTest
class CustomerImportTest {

    static final String HEADER_ZH = "客户编码,客户名称,地区,行业,价值等级,年度价值,大客户,有效,联系人,电子邮件,电话,语言\n";
    static final String HEADER_EN = "Customer code,Customer name,Region,Industry,Value tier,Annual value,Key account,Active,"
            + "Contact name,Contact e-mail,Contact phone,Contact language\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CustomerRepository customers;

    @Autowired
    CustomerImportRepository imports;

    @Autowired
    TransactionTemplate transaction;

    RequestPostProcessor manager;
    String managerName;
    PageClient pages;
    String p;

    @BeforeEach
    void aQualityManager() {
        managerName = accounts.create(Role.QUALITY_MANAGER).getUsername();
        manager = user(managerName).roles("QUALITY_MANAGER");
        pages = new PageClient(mvc, manager, "en");
        p = "I" + UUID.randomUUID().toString().substring(0, 8);
    }

    String chineseFile() {
        return HEADER_ZH
                + p + "-1,上海精密机械有限公司,本地,汽车零部件,A,125000.50,是,是,王芳,wang.fang@example.cn,+86 21 5555 0101,zh\n"
                + p + "-1,上海精密机械有限公司,本地,汽车零部件,A,125000.50,是,是,John Smith,john@example.com,,en\n"
                + p + "-2,\"苏州电子, 有限公司\",外省,电子,B,,否,yes,李强,,021-1234,\n";
    }

    @Test
    void a_utf8_file_is_previewed_stores_nothing_and_is_stored_on_confirm() throws Exception {
        assertImports(chineseFile().getBytes(StandardCharsets.UTF_8), "UTF-8");
    }

    @Test
    void a_utf8_file_with_bom_reads_the_same() throws Exception {
        assertImports(("\uFEFF" + chineseFile()).getBytes(StandardCharsets.UTF_8), "UTF-8 (BOM)");
    }

    @Test
    void a_gbk_file_from_excel_reads_the_same() throws Exception {
        assertImports(chineseFile().getBytes(Charset.forName("GBK")), "GB18030");
    }

    private void assertImports(byte[] file, String charset) throws Exception {
        long id = upload(file);
        Document preview = pages.open("/customers/import/" + id);

        assertThat(preview.select(".hint").text()).contains(charset);
        assertThat(preview.select(".count-create").text()).isEqualTo("3");
        assertThat(preview.select(".count-problems").text()).isEqualTo("0");
        assertThat(preview.select("table.rows-CREATE").text()).contains("上海精密机械有限公司", "苏州电子, 有限公司", "王芳");
        assertThat(customers.findByCode(p + "-1")).as("nothing stored before confirming").isEmpty();

        Document done = confirmAndWait(id);
        assertThat(done.select(".import-counts").text()).isEqualTo("3 rows created, 0 updated, 0 unchanged.");
        transaction.executeWithoutResult(status -> {
            Customer first = customers.findByCode(p + "-1").orElseThrow();
            assertThat(first.getName()).isEqualTo("上海精密机械有限公司");
            assertThat(first.isKeyAccount()).isTrue();
            assertThat(first.getAnnualValue()).isEqualByComparingTo("125000.50");
            assertThat(first.getContacts()).extracting("name").containsExactly("王芳", "John Smith");
            assertThat(first.getContacts().get(0).getPhone()).isEqualTo("+86 21 5555 0101");
            Customer second = customers.findByCode(p + "-2").orElseThrow();
            assertThat(second.getRegion()).isEqualTo("外省");
            assertThat(second.isKeyAccount()).isFalse();
            assertThat(second.getContacts()).extracting("name").containsExactly("李强");
        });
        long firstId = transaction.execute(status -> customers.findByCode(p + "-1").orElseThrow().getId());
        assertThat(pages.open("/customers/" + firstId).select(".audit-trail tbody tr").text())
                .as("the background import is recorded as the manager who confirmed it")
                .contains(managerName, "Created", "Annual value: 125000.5");

        long again = upload(file);
        Document reimport = pages.open("/customers/import/" + again);
        assertThat(reimport.select(".count-unchanged").text()).isEqualTo("3");
        assertThat(reimport.select(".count-create").text() + reimport.select(".count-update").text()).isEqualTo("00");
        assertThat(confirmAndWait(again).select(".import-counts").text()).isEqualTo("0 rows created, 0 updated, 3 unchanged.");
        Integer contacts = transaction.execute(status -> customers.findByCode(p + "-1").orElseThrow().getContacts().size());
        assertThat(contacts).isEqualTo(2);
    }

    @Test
    void bad_rows_are_listed_with_line_and_reason_and_the_file_cannot_be_confirmed() throws Exception {
        String file = HEADER_EN
                + p + "-ok,Good Co,,,,,no,yes,Ann,ann@example.com,,en\n"
                + "bad code!,Bad Code Co,,,,,no,yes,Bob,,,\n"
                + p + "-3,Neg Co,,,,-5,maybe,yes,Cy,not-an-email,,fr\n"
                + "\n"
                + p + "-ok,Good Co,,,,,no,yes,Ann again,ANN@example.com,,en\n";
        long id = upload(file.getBytes(StandardCharsets.UTF_8));
        Document preview = pages.open("/customers/import/" + id);

        String problems = preview.select("table.problems tbody").text();
        assertThat(preview.select("table.problems tbody tr").eachText()).anySatisfy(row -> assertThat(row)
                .startsWith("3 Customer code A customer code holds letters"));
        assertThat(problems).contains("4 Annual value The annual value is a number of at least 0")
                .contains("4 Key account Write yes/no")
                .contains("4 Contact e-mail Enter a valid e-mail address.")
                .contains("4 Contact language The language is zh or en.")
                .contains("6 Contact e-mail The same contact as line 2.");
        assertThat(preview.select("form[action$=/confirm]")).isEmpty();
        MvcResult refused = mvc.perform(post("/customers/import/{id}/confirm", id).with(manager).with(csrf())).andReturn();
        assertThat(pages.follow(refused).select(".flash").text()).isEqualTo("This file has been imported already or cannot be imported.");
        assertThat(customers.findByCode(p + "-ok")).isEmpty();
    }

    @Test
    void ten_thousand_rows_import_in_the_background_with_visible_progress() throws Exception {
        StringBuilder file = new StringBuilder(HEADER_EN);
        for (int i = 0; i < 10_000; i++) {
            int customer = i / 2;
            file.append(p).append("-big-").append(customer).append(",Big customer ").append(customer)
                    .append(",North,Steel,B,1000,no,yes,Contact ").append(i).append(",c").append(i)
                    .append('@').append(p.toLowerCase()).append(".example,,en\n");
        }
        long id = upload(file.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(pages.open("/customers/import/" + id).select(".count-create").text()).isEqualTo("10000");

        Document done = confirmAndWait(id);

        assertThat(done.select(".rows-done").text()).isEqualTo("10,000 of 10,000 rows done");
        assertThat(done.select(".import-counts").text()).isEqualTo("10,000 rows created, 0 updated, 0 unchanged.");
        assertThat(pages.open("/customers?q=" + p + "-big-").select(".hint").text()).contains("5,000 customers");
    }

    @Test
    void an_export_imports_again_unchanged_and_neutralises_formulas() throws Exception {
        String file = HEADER_ZH
                + p + "-x,=HYPERLINK(\"http://evil\"),@region,-industry,+A,10,否,是,=1+1,x@example.com,+86 10 1234,en\n"
                + p + "-y,Plain Co,,,,,是,否,,,,\n";
        confirmAndWait(upload(file.getBytes(StandardCharsets.UTF_8)));

        MvcResult export = mvc.perform(get("/customers/export.csv").with(manager)).andReturn();
        byte[] bytes = export.getResponse().getContentAsByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(export.getResponse().getContentType()).startsWith("text/csv");
        String text = new String(bytes, StandardCharsets.UTF_8);
        String mine = text.lines().filter(line -> line.startsWith(p) || line.startsWith("\uFEFF"))
                .collect(Collectors.joining("\n", "", "\n"));
        assertThat(mine).contains(p + "-x,\"'=HYPERLINK(\"\"http://evil\"\")\",'@region,'-industry,'+A,10.00,否,是,'=1+1,x@example.com,'+86 10 1234,en")
                .contains(p + "-y,Plain Co,,,,,是,否,,,,");

        long again = upload(mine.getBytes(StandardCharsets.UTF_8));
        Document preview = pages.open("/customers/import/" + again);
        assertThat(preview.select(".count-unchanged").text()).isEqualTo("2");
        assertThat(preview.select(".count-problems").text()).isEqualTo("0");
        assertThat(customers.findByCode(p + "-x").orElseThrow().getName()).isEqualTo("=HYPERLINK(\"http://evil\")");
    }

    @Test
    void the_template_is_utf8_with_a_bom_and_its_header_reads_as_an_empty_file() throws Exception {
        byte[] template = mvc.perform(get("/customers/import/template.csv").with(manager)).andReturn()
                .getResponse().getContentAsByteArray();
        assertThat(new String(template, StandardCharsets.UTF_8)).isEqualTo("\uFEFF" + HEADER_ZH.replace("\n", "\r\n"));
    }

    private long upload(byte[] file) throws Exception {
        MvcResult result = mvc.perform(multipart("/customers/import")
                .file(new MockMultipartFile("file", "customers.csv", "text/csv", file)).with(manager).with(csrf())).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).as(result.getResponse().getContentAsString()).startsWith("/customers/import/");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private Document confirmAndWait(long id) throws Exception {
        MvcResult confirmed = mvc.perform(post("/customers/import/{id}/confirm", id).with(manager).with(csrf())).andReturn();
        assertThat(pages.follow(confirmed).select(".flash").text()).isEqualTo("The import has started and runs in the background.");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        ImportProgress progress = imports.progressOf(id).orElseThrow();
        while (progress.status() == CustomerImportStatus.RUNNING && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            progress = imports.progressOf(id).orElseThrow();
        }
        assertThat(progress.status()).isEqualTo(CustomerImportStatus.DONE);
        Document page = pages.open("/customers/import/" + id);
        assertThat(page.select(".import-status").text()).isEqualTo("Import done.");
        return page;
    }
}
