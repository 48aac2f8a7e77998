package com.satisfaction.persistence.record;

import com.satisfaction.core.period.Period;
import com.satisfaction.core.record.CustomerRecords;
import com.satisfaction.core.record.LostBusinessKind;
import com.satisfaction.core.record.Money;
import com.satisfaction.core.record.PraiseType;
import com.satisfaction.persistence.customer.Customer;
import com.satisfaction.persistence.customer.CustomerRepository;
import com.satisfaction.persistence.testdb.PostgresTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.ContextConfiguration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-customer and per-period figures of the operational record, against data worked out by hand. Records on the
 * first and last day of 2026-H1 count; the day before and the day after do not.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(initializers = PostgresTestDatabase.Initializer.class)
class RecordFiguresTest {

    static final Period H1 = Period.of("2026-H1");

    @Autowired
    CustomerRepository customers;

    @Autowired
    PraiseRepository praise;

    @Autowired
    ClaimRepository claims;

    @Autowired
    LostBusinessRepository lost;

    @Autowired
    RecordFiguresRepository figures;

    Customer a;
    Customer b;
    Customer c;
    Customer d;

    /*
     * By hand, for 2026-H1:
     *   A: praise 1 Jan (written) and 30 Jun (spoken)                          → 2 praises (31 Dec 2025 and 1 Jul not)
     *      claims 10 Mar 100.50 CNY, 1 Apr 0.0001 CNY, 5 May 200 USD         → 3 claims, 100.5001 CNY and 200.0000 USD
     *      (2 Jul 999 CNY not), product line lost 1 Feb                       → 1 lost business
     *   B: customer lost 15 Jun (and 1 Nov 2025, not)                          → 1 lost business, a lost customer
     *   C: praise 15 Jul only                                                  → nothing in H1, not listed
     *   D: customer lost 10 Jan and again 1 Mar                                → 2 lost business, one lost customer
     *   Period: 2 praises, 3 claims (100.5001 CNY, 200.0000 USD), 4 lost business, 2 customers lost (B, D).
     */
    @BeforeEach
    void halfYear() {
        a = customer("A");
        b = customer("B");
        c = customer("C");
        d = customer("D");
        praise(a, "2026-01-01", PraiseType.WRITTEN);
        praise(a, "2026-06-30", PraiseType.SPOKEN);
        praise(a, "2025-12-31", PraiseType.WRITTEN);
        praise(a, "2026-07-01", PraiseType.SPOKEN);
        praise(c, "2026-07-15", PraiseType.SPOKEN);
        claim(a, "2026-03-10", "100.50", "CNY");
        claim(a, "2026-04-01", "0.0001", "CNY");
        claim(a, "2026-05-05", "200", "USD");
        claim(a, "2026-07-02", "999", "CNY");
        lose(a, LostBusinessKind.PRODUCT_LINE, "2026-02-01");
        lose(b, LostBusinessKind.CUSTOMER, "2026-06-15");
        lose(b, LostBusinessKind.CUSTOMER, "2025-11-01");
        lose(d, LostBusinessKind.CUSTOMER, "2026-01-10");
        lose(d, LostBusinessKind.CUSTOMER, "2026-03-01");
    }

    @Test
    void each_customer_with_a_record_gets_its_counts_and_claim_totals_per_currency() {
        List<CustomerRecords> ours = figures.customerRecords(H1).stream()
                .filter(r -> List.of(a.getId(), b.getId(), c.getId(), d.getId()).contains(r.customerId())).toList();

        assertThat(ours).containsExactly(
                new CustomerRecords(a.getId(), 2, 3, List.of(Money.of("100.5001", "CNY"), Money.of("200", "USD")), 1),
                new CustomerRecords(b.getId(), 0, 0, List.of(), 1),
                new CustomerRecords(d.getId(), 0, 0, List.of(), 2));
    }

    @Test
    void one_customers_figures_are_the_same_and_nothing_recorded_is_zeros() {
        assertThat(figures.customerRecords(a.getId(), H1)).isEqualTo(
                new CustomerRecords(a.getId(), 2, 3, List.of(Money.of("100.5001", "CNY"), Money.of("200", "USD")), 1));
        assertThat(figures.customerRecords(c.getId(), H1)).isEqualTo(CustomerRecords.nothingRecorded(c.getId()));
        assertThat(figures.customerRecords(c.getId(), Period.of("2026-H2")))
                .isEqualTo(new CustomerRecords(c.getId(), 1, 0, List.of(), 0));
    }

    @Test
    void the_period_counts_its_records_and_each_lost_customer_once() {
        PeriodRecords period = figures.periodRecords(H1);

        assertThat(period).isEqualTo(new PeriodRecords(H1, 2, 3,
                List.of(Money.of("100.5001", "CNY"), Money.of("200", "USD")), 4, 2));
    }

    @Test
    void the_previous_period_holds_only_what_is_dated_in_it() {
        PeriodRecords period = figures.periodRecords(Period.of("2025-H2"));

        assertThat(period).isEqualTo(new PeriodRecords(Period.of("2025-H2"), 1, 0, List.of(), 1, 1));
    }

    private Customer customer(String name) {
        return customers.saveAndFlush(new Customer("R" + UUID.randomUUID().toString().substring(0, 8), name,
                Instant.now()));
    }

    private void praise(Customer customer, String on, PraiseType type) {
        praise.saveAndFlush(new Praise(customer, LocalDate.parse(on), type, "销售部", "好", "tester", Instant.now()));
    }

    private void claim(Customer customer, String on, String amount, String currency) {
        claims.saveAndFlush(new Claim(customer, LocalDate.parse(on), Money.of(amount, currency), "破损", null,
                "tester", Instant.now()));
    }

    private void lose(Customer customer, LostBusinessKind kind, String on) {
        lost.saveAndFlush(new LostBusiness(customer, kind, kind.needsProductLine() ? "齿轮" : null,
                LocalDate.parse(on), "价格", null, "tester", Instant.now()));
    }
}
