package com.satisfaction.web.delivery;

import com.satisfaction.core.period.Period;
import com.satisfaction.persistence.customer.Customer;
import com.satisfaction.persistence.customer.CustomerRepository;
import com.satisfaction.persistence.delivery.Delivery;
import com.satisfaction.persistence.delivery.DeliveryImportProgress;
import com.satisfaction.persistence.delivery.DeliveryImportRepository;
import com.satisfaction.persistence.delivery.DeliveryImportStatus;
import com.satisfaction.persistence.delivery.DeliveryRepository;
import com.satisfaction.persistence.delivery.DeliveryTotals;
import com.satisfaction.persistence.user.Role;
import com.satisfaction.web.PageClient;
import com.satisfaction.web.PostgresApplicationTest;
import com.satisfaction.web.TestAccounts;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@PostgresApplicationTest
class DeliveryImportTest {

    static final String HEADER_ZH = "客户编码,类型,批次,日期,数量,不良原因\n";
    static final Period H1 = Period.of("2026-H1");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CustomerRepository customers;

    @Autowired
    DeliveryRepository deliveries;

    @Autowired
    DeliveryImportRepository imports;

    @Autowired
    JdbcTemplate jdbc;

    RequestPostProcessor manager;
    String managerName;
    PageClient pages;
    String p;
    long a;
    long b;

    @BeforeEach
    void aQualityManagerAndTwoCustomers() {
        managerName = accounts.create(Role.QUALITY_MANAGER).getUsername();
        manager = user(managerName).roles("QUALITY_MANAGER");
        pages = new PageClient(mvc, manager, "en");
        p = "E" + UUID.randomUUID().toString().substring(0, 8);
        a = customers.save(new Customer(p + "-A", "上海精密机械有限公司", Instant.now())).getId();
        b = customers.save(new Customer(p + "-B", "苏州电子有限公司", Instant.now())).getId();
    }

    /** A: 10,000 delivered in H1 (two lots), 50 back; B: 2,000 delivered, 30 back on two days of one lot, one in H2. */
    String erpFile() {
        return HEADER_ZH
                + p + "-A,发货,A-2601,2026-01-15,\"6,000\",\n"
                + p + "-A,发货,A-2602,2026/6/30,4000,\n"
                + p + "-A,退货,A-2601,2026-03-01,50,划伤\n"
                + p + "-B,delivery,B-01,20260210,2000,\n"
                + p + "-B,return,B-01,2026-02-20,10,尺寸超差\n"
                + p + "-B,退货,B-01,2026-02-21,20,尺寸超差\n"
                + p + "-B,退货,B-01,2026-07-02,5,\"包装破损, 受潮\"\n";
    }

    @Test
    void a_utf8_file_is_previewed_stores_nothing_and_is_stored_on_confirm() throws Exception {
        assertImports(erpFile().getBytes(StandardCharsets.UTF_8), "UTF-8");
    }

    @Test
    void a_utf8_file_with_bom_reads_the_same() throws Exception {
        assertImports(("\uFEFF" + erpFile()).getBytes(StandardCharsets.UTF_8), "UTF-8 (BOM)");
    }

    @Test
    void a_gbk_file_from_excel_reads_the_same() throws Exception {
        assertImports(erpFile().replace("\n", "\r\n").getBytes(Charset.forName("GBK")), "GB18030");
    }

    private void assertImports(byte[] file, String charset) throws Exception {
        long id = upload(file);
        Document preview = pages.open("/deliveries/import/" + id);

        assertThat(preview.select(".hint").first().text()).contains(charset, "7 rows");
        assertThat(preview.select(".count-create").text()).isEqualTo("7");
        assertThat(preview.select(".count-problems").text()).isEqualTo("0");
        assertThat(preview.select("table.rows-CREATE tbody tr").get(2).text())
                .isEqualTo("4 " + p + "-A Return A-2601 2026-03-01 50 划伤");
        assertThat(preview.select("table.rows-CREATE").text()).contains("6,000", "包装破损, 受潮", "2026-06-30");
        assertThat(deliveries.totalsFor(a, H1)).as("nothing stored before confirming").isEqualTo(new DeliveryTotals(a, 0, 0));

        Document done = confirmAndWait(id);
        assertThat(done.select(".import-counts").text()).isEqualTo("7 rows created, 0 updated, 0 unchanged.");
        assertThat(deliveries.totalsFor(a, H1)).isEqualTo(new DeliveryTotals(a, 10_000, 50));
        assertThat(deliveries.totalsFor(b, H1)).isEqualTo(new DeliveryTotals(b, 2_000, 30));
        assertThat(deliveries.totalsFor(b, Period.of("2026-H2"))).isEqualTo(new DeliveryTotals(b, 0, 5));

        long again = upload(file);
        Document reimport = pages.open("/deliveries/import/" + again);
        assertThat(reimport.select(".count-unchanged").text()).isEqualTo("7");
        assertThat(reimport.select(".count-create").text() + reimport.select(".count-update").text()).isEqualTo("00");
        assertThat(confirmAndWait(again).select(".import-counts").text()).isEqualTo("0 rows created, 0 updated, 7 unchanged.");
        assertThat(rowsOf(a) + rowsOf(b)).as("no duplicates").isEqualTo(7);
        assertThat(deliveries.totalsFor(a, H1)).isEqualTo(new DeliveryTotals(a, 10_000, 50));
    }

    @Test
    void a_changed_quantity_or_delivery_date_updates_the_lot_and_the_preview_shows_before_and_after() throws Exception {
        long first = upload(erpFile().getBytes(StandardCharsets.UTF_8));
        pages.open("/deliveries/import/" + first);
        confirmAndWait(first);
        String changed = erpFile()
                .replace(p + "-A,发货,A-2601,2026-01-15,\"6,000\"", p + "-A,发货,A-2601,2026-01-16,6000")
                .replace(p + "-A,退货,A-2601,2026-03-01,50,划伤", p + "-A,退货,A-2601,2026-03-01,70,划伤");

        long id = upload(changed.getBytes(StandardCharsets.UTF_8));
        Document preview = pages.open("/deliveries/import/" + id);

        assertThat(preview.select(".count-update").text()).isEqualTo("2");
        assertThat(preview.select(".count-unchanged").text()).isEqualTo("5");
        assertThat(preview.select("table.rows-UPDATE tbody tr").eachText()).containsExactly(
                "2 " + p + "-A Delivery A-2601 2026-01-16 6,000 2026-01-15, quantity 6,000",
                "4 " + p + "-A Return A-2601 2026-03-01 70 划伤 2026-03-01, quantity 50");
        assertThat(confirmAndWait(id).select(".import-counts").text()).isEqualTo("0 rows created, 2 updated, 5 unchanged.");
        assertThat(deliveries.totalsFor(a, H1)).isEqualTo(new DeliveryTotals(a, 10_000, 70));
        long lot = deliveries.findByCustomerIdAndLot(a, "A-2601").orElseThrow().getId();
        assertThat(deliveries.findById(lot).orElseThrow().getDay()).hasToString("2026-01-16");
        var trail = pages.open("/deliveries/delivery/" + lot).select(".audit-trail tbody tr");
        assertThat(trail).as("the import's changes are in the row's audit trail").hasSize(2);
        assertThat(trail.get(0).text()).contains(managerName, "Created", "Lot: A-2601", "Date: 2026-01-15", "Quantity: 6000");
        assertThat(trail.get(1).text()).contains(managerName, "Changed", "Date: 2026-01-15 → 2026-01-16")
                .doesNotContain("Quantity");
        assertThat(rowsOf(a) + rowsOf(b)).isEqualTo(7);
    }

    @Test
    void bad_rows_are_listed_with_line_column_and_reason_and_the_file_cannot_be_confirmed() throws Exception {
        deliveries.saveAndFlush(Delivery.periodTotal(customers.findById(b).orElseThrow(), H1, 9_000, null, Instant.now()));
        String file = "Quantity,Lot,Product,Date,Type,Customer code,Defect reason\n"
                + "100,OK-1,Bolt M8,2026-01-05,delivery," + p + "-A,\n"
                + "100,X-1,Bolt M8,2026-01-05,delivery,NO-SUCH-CUSTOMER,\n"
                + "100,X-2,Bolt M8,2026-02-30,delivery," + p + "-A,\n"
                + "-5,X-3,Bolt M8,2026-01-05,delivery," + p + "-A,\n"
                + "5,,Bolt M8,2026-01-05,return," + p + "-A,划伤\n"
                + "5,X-4,Bolt M8,2026-01-05,return," + p + "-A,\n"
                + "5,X-5,Bolt M8,2026-01-05,exchange," + p + "-A,\n"
                + "1.5,X-6,Bolt M8,1999-12-31,delivery," + p + "-A,\n"
                + "\n"
                + "200,OK-1,Bolt M8,2026-01-06,delivery," + p + "-A,\n"
                + "100,B-9,Bolt M8,2026-03-05,delivery," + p + "-B,\n";
        long id = upload(file.getBytes(StandardCharsets.UTF_8));
        Document preview = pages.open("/deliveries/import/" + id);

        assertThat(preview.select("table.problems tbody tr").eachText()).containsExactly(
                "3 Customer code No customer of the register has the code NO-SUCH-CUSTOMER.",
                "4 Date Write a date of the calendar as 2026-03-15 (or 2026/3/15, 20260315).",
                "5 Quantity The quantity is at least 1.",
                "6 Lot Enter the lot.",
                "7 Defect reason A return needs its defect reason.",
                "8 Type Write 发货/delivery or 退货/return.",
                "9 Date The year lies between 2000 and 2999.",
                "9 Quantity The quantity is a whole number of units (e.g. 1200 or 1,200).",
                "11 Lot The same delivered lot as line 2.",
                "12 Date This customer has a per-period total of this kind for 2026-H1; delete it before importing lots of that period.");
        assertThat(preview.select(".count-problems").text()).isEqualTo("10");
        assertThat(preview.select(".count-create").text()).isEqualTo("1");
        assertThat(preview.select("form[action$=/confirm]")).isEmpty();
        MvcResult refused = mvc.perform(post("/deliveries/import/{id}/confirm", id).with(manager).with(csrf())).andReturn();
        assertThat(pages.follow(refused).select(".flash").text()).isEqualTo("This file has been imported already or cannot be imported.");
        assertThat(rowsOf(a)).isZero();
        assertThat(rowsOf(b)).as("the total only").isEqualTo(1);
    }

    @Test
    void a_file_without_a_needed_column_says_which_and_a_garbage_file_is_refused() throws Exception {
        long id = upload("Customer code,Type,Lot,Quantity\nX,delivery,L,5\n".getBytes(StandardCharsets.UTF_8));
        assertThat(pages.open("/deliveries/import/" + id).select("table.problems tbody tr").eachText())
                .containsExactly("1 Date This column is missing.");

        MvcResult garbage = mvc.perform(multipart("/deliveries/import").file(new MockMultipartFile("file", "x.csv",
                "text/csv", new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0x81, (byte) 0x81, (byte) 0xFF}))
                .with(manager).with(csrf()).param("lang", "en")).andReturn();
        assertThat(garbage.getResponse().getStatus()).isEqualTo(200);
        assertThat(garbage.getResponse().getContentAsString()).contains("alert error");

        MvcResult empty = mvc.perform(multipart("/deliveries/import").with(manager).with(csrf()).param("lang", "en")).andReturn();
        assertThat(empty.getResponse().getContentAsString()).contains("The file is empty or has no header row.");
    }

    @Test
    void the_template_is_utf8_with_a_bom_and_the_header_in_the_page_language() throws Exception {
        byte[] template = mvc.perform(get("/deliveries/import/template.csv").with(manager)).andReturn()
                .getResponse().getContentAsByteArray();
        assertThat(new String(template, StandardCharsets.UTF_8)).isEqualTo("\uFEFF" + HEADER_ZH.replace("\n", "\r\n"));
    }

    @Test
    void one_hundred_thousand_rows_import_in_the_background_in_batches_with_visible_progress() throws Exception {
        int customerCount = 200;
        List<Object[]> rows = new ArrayList<>();
        for (int c = 0; c < customerCount; c++) {
            rows.add(new Object[] {p + "-big-" + c, "Big customer " + c});
        }
        jdbc.batchUpdate("INSERT INTO customer (code, name, created_at) VALUES (?, ?, CURRENT_TIMESTAMP)", rows);
        StringBuilder file = new StringBuilder("Customer code,Type,Lot,Date,Quantity,Defect reason,Product\n");
        long delivered = 0;
        long returned = 0;
        for (int i = 0; i < 100_000; i++) {
            int month = 1 + i % 12;
            boolean isReturn = i % 10 == 9;
            int quantity = isReturn ? 1 + i % 7 : 100 + i % 900;
            file.append(p).append("-big-").append(i % customerCount).append(isReturn ? ",return," : ",delivery,")
                    .append("LOT-").append(i).append(",2026-").append(month < 10 ? "0" : "").append(month).append("-1")
                    .append(i % 9).append(',').append(quantity).append(isReturn ? ",scratched," : ",,").append("Bolt M8\n");
            if (month <= 6) {
                delivered += isReturn ? 0 : quantity;
                returned += isReturn ? quantity : 0;
            }
        }
        Instant start = Instant.now();
        long id = upload(file.toString().getBytes(StandardCharsets.UTF_8));
        Document preview = pages.open("/deliveries/import/" + id);
        assertThat(preview.select(".count-create").text()).isEqualTo("100,000");
        assertThat(preview.select("table.rows-CREATE tbody tr")).as("the preview shows the first rows only").hasSize(100);
        assertThat(preview.select("p.hint").eachText()).contains("The first 100 of 100,000 rows.");

        Instant confirmed = Instant.now();
        Document done = confirmAndWait(id);
        Duration importing = Duration.between(confirmed, Instant.now());
        Duration took = Duration.between(start, Instant.now());

        assertThat(done.select(".rows-done").text()).isEqualTo("100,000 of 100,000 rows done");
        assertThat(done.select(".import-counts").text()).isEqualTo("100,000 rows created, 0 updated, 0 unchanged.");
        List<DeliveryTotals> totals = deliveries.totalsFor(H1).stream()
                .filter(t -> customers.findById(t.customerId()).orElseThrow().getCode().startsWith(p + "-big-")).toList();
        assertThat(totals).hasSize(customerCount);
        assertThat(totals.stream().mapToLong(DeliveryTotals::delivered).sum()).isEqualTo(delivered);
        assertThat(totals.stream().mapToLong(DeliveryTotals::returned).sum()).isEqualTo(returned);
        System.out.printf("100,000-row delivery import: upload and preview %d ms, import %d ms%n",
                took.minus(importing).toMillis(), importing.toMillis());
        // about 5 s and 10 s on a two-core machine shared with four other builds (load average 7–11)
        assertThat(importing).as("the import in the background").isLessThan(Duration.ofSeconds(30));
        assertThat(took).as("upload, preview and import").isLessThan(Duration.ofSeconds(60));
    }

    private int rowsOf(long customerId) {
        return jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM delivery WHERE customer_id = ?)"
                + " + (SELECT COUNT(*) FROM product_return WHERE customer_id = ?)", Integer.class, customerId, customerId);
    }

    private long upload(byte[] file) throws Exception {
        MvcResult result = mvc.perform(multipart("/deliveries/import")
                .file(new MockMultipartFile("file", "erp.csv", "text/csv", file)).with(manager).with(csrf())).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).as(result.getResponse().getContentAsString()).startsWith("/deliveries/import/");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private Document confirmAndWait(long id) throws Exception {
        MvcResult confirmed = mvc.perform(post("/deliveries/import/{id}/confirm", id).with(manager).with(csrf())).andReturn();
        assertThat(pages.follow(confirmed).select(".flash").text()).isEqualTo("The import has started and runs in the background.");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        DeliveryImportProgress progress = imports.progressOf(id).orElseThrow();
        while (progress.status() == DeliveryImportStatus.RUNNING && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            progress = imports.progressOf(id).orElseThrow();
        }
        assertThat(progress.status()).isEqualTo(DeliveryImportStatus.DONE);
        Document page = pages.open("/deliveries/import/" + id);
        assertThat(page.select(".import-status").text()).isEqualTo("Import done.");
        return page;
    }
}
