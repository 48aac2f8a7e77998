package com.satisfaction.persistence.record;

import com.satisfaction.core.record.LostBusinessKind;
import com.satisfaction.core.record.Money;
import com.satisfaction.core.record.PraiseType;
import com.satisfaction.persistence.customer.Customer;
import com.satisfaction.persistence.customer.CustomerRepository;
import com.satisfaction.persistence.testdb.PostgresTestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(initializers = PostgresTestDatabase.Initializer.class)
class RecordRepositoriesTest {

    static final LocalDate FROM = LocalDate.parse("2026-01-01");
    static final LocalDate TO = LocalDate.parse("2026-06-30");

    @Autowired
    CustomerRepository customers;

    @Autowired
    PraiseRepository praise;

    @Autowired
    ClaimRepository claims;

    @Autowired
    LostBusinessRepository lost;

    @Autowired
    EntityManager entities;

    @Autowired
    JdbcTemplate jdbc;

    Customer acme;
    Customer other;

    @BeforeEach
    void twoCustomers() {
        acme = customers.saveAndFlush(new Customer(code(), "Acme", Instant.now()));
        other = customers.saveAndFlush(new Customer(code(), "Other", Instant.now()));
    }

    @Test
    void money_is_stored_exactly_at_both_ends_of_its_range() {
        long small = claims.saveAndFlush(claim(acme, "2026-02-01", Money.of("0.0001", "CNY"), null)).getId();
        long large = claims.saveAndFlush(claim(acme, "2026-02-02", Money.of("999999999999999.9999", "JPY"), null)).getId();
        entities.clear();

        assertThat(claims.findById(small).orElseThrow().getAmount()).isEqualTo(Money.of("0.0001", "CNY"));
        assertThat(claims.findById(large).orElseThrow().getAmount()).isEqualTo(Money.of("999999999999999.9999", "JPY"));
        assertThat(jdbc.queryForObject("SELECT currency FROM claim WHERE id = ?", String.class, small)).isEqualTo("CNY");
    }

    @Test
    void praise_is_listed_newest_first_filtered_by_customer_period_and_type_and_paged_in_sql() {
        for (int day = 1; day <= 5; day++) {
            praise.save(new Praise(acme, LocalDate.of(2026, 3, day), day % 2 == 0 ? PraiseType.SPOKEN : PraiseType.WRITTEN,
                    "质量部", "谢谢 " + day, "tester", Instant.now()));
        }
        praise.save(new Praise(acme, LocalDate.of(2026, 7, 1), PraiseType.WRITTEN, "质量部", "later", "tester", Instant.now()));
        praise.saveAndFlush(new Praise(other, LocalDate.of(2026, 3, 9), PraiseType.WRITTEN, "销售", "other", "tester", Instant.now()));

        Page<PraiseRow> first = praise.rows(acme.getId(), FROM, TO, null, PageRequest.of(0, 2));
        Page<PraiseRow> written = praise.rows(acme.getId(), FROM, TO, PraiseType.WRITTEN, PageRequest.of(0, 10));

        assertThat(first.getTotalElements()).isEqualTo(5);
        assertThat(first.getTotalPages()).isEqualTo(3);
        assertThat(first.getContent()).extracting(PraiseRow::praisedOn)
                .containsExactly(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 4));
        assertThat(first.getContent().get(0).customerName()).isEqualTo("Acme");
        assertThat(written.getContent()).extracting(PraiseRow::text).containsExactly("谢谢 5", "谢谢 3", "谢谢 1");
    }

    @Test
    void claims_are_filtered_by_currency_and_link_and_totalled_per_currency() {
        long complaint = complaintOf(acme);
        claims.save(claim(acme, "2026-01-05", Money.of("10.25", "CNY"), complaint));
        claims.save(claim(acme, "2026-01-06", Money.of("5", "CNY"), null));
        claims.save(claim(acme, "2026-01-07", Money.of("7", "USD"), null));
        claims.saveAndFlush(claim(other, "2026-01-08", Money.of("1000", "CNY"), null));

        assertThat(claims.rows(acme.getId(), FROM, TO, null, null, PageRequest.of(0, 10)).getTotalElements()).isEqualTo(3);
        assertThat(claims.rows(acme.getId(), FROM, TO, "CNY", null, PageRequest.of(0, 10)).getContent())
                .extracting(ClaimRow::amount).containsExactly(Money.of("5", "CNY"), Money.of("10.25", "CNY"));
        assertThat(claims.rows(acme.getId(), FROM, TO, null, true, PageRequest.of(0, 10)).getContent())
                .extracting(ClaimRow::complaintId).containsExactly(complaint);
        assertThat(claims.rows(acme.getId(), FROM, TO, null, false, PageRequest.of(0, 10)).getTotalElements()).isEqualTo(2);
        assertThat(claims.totals(acme.getId(), FROM, TO, null, null)).containsExactly(
                new ClaimTotal(2, Money.of("15.25", "CNY")), new ClaimTotal(1, Money.of("7", "USD")));
    }

    @Test
    void a_customers_complaints_are_offered_and_their_customer_is_known() {
        long mine = complaintOf(acme);
        complaintOf(other);

        assertThat(claims.complaintsOf(acme.getId())).extracting(ComplaintChoice::id).containsExactly(mine);
        assertThat(claims.complaintsOf(acme.getId()).get(0).excerpt()).startsWith("包装破损");
        assertThat(claims.customerOfComplaint(mine)).contains(acme.getId());
        assertThat(claims.customerOfComplaint(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void a_customer_lost_twice_shows_the_latest_loss_and_a_lost_product_line_is_no_lost_customer() {
        lost.save(new LostBusiness(acme, LostBusinessKind.CUSTOMER, "ignored", LocalDate.parse("2026-02-01"), "价格",
                Money.of("50000", "CNY"), "tester", Instant.now()));
        lost.save(new LostBusiness(acme, LostBusinessKind.CUSTOMER, null, LocalDate.parse("2026-05-01"), "交期",
                null, "tester", Instant.now()));
        lost.saveAndFlush(new LostBusiness(other, LostBusinessKind.PRODUCT_LINE, "齿轮", LocalDate.parse("2026-05-02"),
                "质量", null, "tester", Instant.now()));
        entities.clear();

        assertThat(lost.lastLostOn(acme.getId())).contains(LocalDate.parse("2026-05-01"));
        assertThat(lost.lastLostOn(other.getId())).isEmpty();
        Page<LostBusinessRow> rows = lost.rows(acme.getId(), FROM, TO, LostBusinessKind.CUSTOMER, PageRequest.of(0, 10));
        assertThat(rows.getContent()).extracting(LostBusinessRow::estimatedValue)
                .containsExactly(null, Money.of("50000", "CNY"));
        assertThat(rows.getContent()).extracting(LostBusinessRow::productLine).containsOnlyNulls();
    }

    @Test
    void the_database_refuses_a_product_line_loss_without_a_line() {
        assertThatThrownBy(() -> jdbc.update("INSERT INTO lost_business (customer_id, kind, lost_on, reason, recorded_by, "
                + "recorded_at) VALUES (?, 'PRODUCT_LINE', DATE '2026-01-01', 'x', 't', CURRENT_TIMESTAMP)", acme.getId()))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("ck_lost_business_line");
    }

    @Test
    void the_database_refuses_an_estimated_value_without_its_currency() {
        assertThatThrownBy(() -> jdbc.update("INSERT INTO lost_business (customer_id, kind, lost_on, reason, "
                + "estimated_value, recorded_by, recorded_at) VALUES (?, 'CUSTOMER', DATE '2026-01-01', 'x', 5, 't', "
                + "CURRENT_TIMESTAMP)", acme.getId()))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("ck_lost_business_value");
    }

    @Test
    void the_database_refuses_a_currency_without_an_estimated_value() {
        assertThatThrownBy(() -> jdbc.update("INSERT INTO lost_business (customer_id, kind, lost_on, reason, "
                + "estimated_currency, recorded_by, recorded_at) VALUES (?, 'CUSTOMER', DATE '2026-01-01', 'x', 'CNY', "
                + "'t', CURRENT_TIMESTAMP)", acme.getId()))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("ck_lost_business_value");
    }

    @Test
    void the_database_refuses_a_claim_of_nothing() {
        assertThatThrownBy(() -> jdbc.update("INSERT INTO claim (customer_id, claimed_on, amount, currency, reason, "
                + "recorded_by, recorded_at) VALUES (?, DATE '2026-01-01', 0, 'CNY', 'x', 't', CURRENT_TIMESTAMP)", acme.getId()))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("ck_claim_amount");
    }

    @Test
    void a_lost_product_line_must_be_named() {
        assertThatThrownBy(() -> new LostBusiness(acme, LostBusinessKind.PRODUCT_LINE, " ", LocalDate.parse("2026-01-01"),
                "x", null, "t", Instant.now())).isInstanceOf(IllegalArgumentException.class);
    }

    private Claim claim(Customer customer, String on, Money amount, Long complaint) {
        return new Claim(customer, LocalDate.parse(on), amount, "破损", complaint, "tester", Instant.now());
    }

    private long complaintOf(Customer customer) {
        Long user = jdbc.queryForObject("INSERT INTO app_user (username, display_name, password_hash, created_at) "
                + "VALUES (?, 'T', 'x', CURRENT_TIMESTAMP) RETURNING id", Long.class, code());
        return jdbc.queryForObject("INSERT INTO complaint (customer_id, channel, category, severity, description, "
                + "received_at, first_responder_id) VALUES (?, 'PHONE', 'PACKAGING', 'HIGH', ?, CURRENT_TIMESTAMP, ?) "
                + "RETURNING id", Long.class, customer.getId(), "包装破损，外箱受潮。".repeat(20), user);
    }

    private static String code() {
        return "R" + UUID.randomUUID().toString().substring(0, 8);
    }
}
