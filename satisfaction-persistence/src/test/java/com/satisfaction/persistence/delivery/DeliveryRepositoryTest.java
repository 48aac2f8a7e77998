package com.satisfaction.persistence.delivery;

import com.satisfaction.core.delivery.DeliveryLine;
import com.satisfaction.core.delivery.MovementKind;
import com.satisfaction.core.period.Period;
import com.satisfaction.core.scoring.ProductReturnRate;
import com.satisfaction.persistence.customer.Customer;
import com.satisfaction.persistence.customer.CustomerRepository;
import com.satisfaction.persistence.testdb.PostgresTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(initializers = PostgresTestDatabase.Initializer.class)
class DeliveryRepositoryTest {

    static final Instant NOW = Instant.parse("2026-11-01T08:00:00Z");
    static final Period H1 = Period.of("2026-H1");
    static final Period H2 = Period.of("2026-H2");

    @Autowired
    CustomerRepository customers;

    @Autowired
    DeliveryRepository deliveries;

    @Autowired
    ProductReturnRepository returns;

    @Autowired
    JdbcTemplate jdbc;

    long a;
    long b;
    long c;
    String prefix;

    @BeforeEach
    void threeCustomers() {
        // each test runs in a transaction that is rolled back, so other tests' rows never show
        jdbc.update("DELETE FROM delivery");
        jdbc.update("DELETE FROM product_return");
        prefix = "D" + UUID.randomUUID().toString().substring(0, 6);
        a = customers.save(new Customer(prefix + "-A", "甲 Alpha", NOW)).getId();
        b = customers.save(new Customer(prefix + "-B", "乙 Beta", NOW)).getId();
        c = customers.save(new Customer(prefix + "-C", "丙 Gamma", NOW)).getId();
    }

    Customer customer(long id) {
        return customers.getReferenceById(id);
    }

    void deliver(long customer, String lot, String day, long quantity) {
        deliveries.saveAndFlush(Delivery.ofLot(customer(customer), lot, LocalDate.parse(day), quantity, null, NOW));
    }

    void giveBack(long customer, String lot, String day, long quantity, String reason) {
        returns.saveAndFlush(ProductReturn.ofLot(customer(customer), lot, LocalDate.parse(day), quantity, reason, null, NOW));
    }

    @Nested
    class TotalsPerCustomerAndPeriod {

        @BeforeEach
        void aHalfYearOfRecords() {
            // A: lots on the first and last day of H1, one in H2; two returns in H1 (one on a lot of the year before)
            deliver(a, "A-1", "2026-01-01", 4_000);
            deliver(a, "A-2", "2026-06-30", 6_000);
            deliver(a, "A-3", "2026-07-01", 9_999);
            giveBack(a, "A-1", "2026-02-10", 30, "划伤");
            giveBack(a, "A-0", "2026-03-01", 20, "尺寸超差");
            giveBack(a, "A-2", "2026-07-15", 500, "划伤");
            // B: no lot detail, per-period totals typed by hand
            deliveries.saveAndFlush(Delivery.periodTotal(customer(b), H1, 50_000, "ERP total", NOW));
            returns.saveAndFlush(ProductReturn.periodTotal(customer(b), H1, 1_500, null, null, NOW));
            // C: returned goods in H1, nothing delivered
            giveBack(c, "C-9", "2026-05-05", 7, "包装破损");
        }

        @Test
        void one_aggregate_answers_delivered_and_returned_per_customer_for_the_period() {
            assertThat(deliveries.totalsFor(H1)).containsExactly(
                    new DeliveryTotals(a, 10_000, 50),
                    new DeliveryTotals(b, 50_000, 1_500),
                    new DeliveryTotals(c, 0, 7));
            assertThat(deliveries.totalsFor(H2)).containsExactly(new DeliveryTotals(a, 9_999, 500));
            assertThat(deliveries.totalsFor(Period.of("2025-H2"))).isEmpty();
        }

        @Test
        void the_totals_give_the_product_return_rate_and_no_data_without_deliveries() {
            assertThat(deliveries.totalsFor(a, H1).productReturnRate().map(rate -> rate.percentage().display()))
                    .contains("0.5");
            assertThat(deliveries.totalsFor(b, H1).productReturnRate()).contains(new ProductReturnRate(50_000, 1_500));
            assertThat(deliveries.totalsFor(c, H1).productReturnRate()).as("returns without deliveries").isEmpty();
            assertThat(deliveries.totalsFor(c, H2)).isEqualTo(new DeliveryTotals(c, 0, 0));
        }

        @Test
        void the_list_filters_count_and_sum_in_sql() {
            MovementFilter ofA = new MovementFilter(prefix + "-a", H1, null);
            assertThat(deliveries.sums(ofA)).isEqualTo(new MovementSums(4, 10_000, 50));
            assertThat(deliveries.sums(new MovementFilter("beta", null, null))).isEqualTo(new MovementSums(2, 50_000, 1_500));
            assertThat(deliveries.sums(new MovementFilter(prefix, H1, MovementKind.RETURN)))
                    .isEqualTo(new MovementSums(4, 0, 1_557));
            assertThat(deliveries.sums(new MovementFilter(prefix, null, MovementKind.DELIVERY)))
                    .isEqualTo(new MovementSums(4, 69_999, 0));
            assertThat(deliveries.sums(new MovementFilter("100%_", null, null)).rows()).as("wildcards are text").isZero();
            assertThat(deliveries.sums(new MovementFilter(null, c, H1, null))).isEqualTo(new MovementSums(1, 0, 7));

            List<MovementRow> page = deliveries.rows(new MovementFilter(prefix, null, null), 0, 3);
            assertThat(page).extracting(MovementRow::lot).as("latest day first; on one day deliveries, newest first")
                    .containsExactly("A-2", "A-3", null);
            assertThat(page).extracting(MovementRow::kind)
                    .containsExactly(MovementKind.RETURN, MovementKind.DELIVERY, MovementKind.DELIVERY);
            List<MovementRow> rest = deliveries.rows(new MovementFilter(prefix, null, null), 3, 100);
            assertThat(rest).hasSize(6);
            MovementRow total = java.util.stream.Stream.concat(page.stream(), rest.stream()).filter(row -> row.periodTotal() && row.kind() == MovementKind.DELIVERY)
                    .findFirst().orElseThrow();
            assertThat(total.period()).isEqualTo("2026-H1");
            assertThat(total.day()).isEqualTo(LocalDate.of(2026, 6, 30));
            assertThat(total.customerCode()).isEqualTo(prefix + "-B");
            assertThat(deliveries.dateSpan()).contains(new DateSpan(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 15)));
        }
    }

    @Nested
    class Keys {

        @Test
        void a_lot_is_delivered_once_per_customer() {
            deliver(a, "L-1", "2026-01-05", 10);
            deliver(b, "L-1", "2026-01-05", 10);

            assertThatThrownBy(() -> deliver(a, "L-1", "2026-02-05", 20)).isInstanceOf(DataIntegrityViolationException.class);
        }

        @Test
        void a_lot_may_come_back_on_several_days_and_for_several_reasons_but_each_once() {
            giveBack(a, "L-1", "2026-01-05", 1, "划伤");
            giveBack(a, "L-1", "2026-01-05", 1, "变形");
            giveBack(a, "L-1", "2026-01-06", 1, "划伤");

            assertThatThrownBy(() -> giveBack(a, "L-1", "2026-01-05", 5, "划伤")).isInstanceOf(DataIntegrityViolationException.class);
        }

        @Test
        void one_per_period_total_of_each_kind_per_customer() {
            deliveries.saveAndFlush(Delivery.periodTotal(customer(a), H1, 1, null, NOW));
            returns.saveAndFlush(ProductReturn.periodTotal(customer(a), H1, 1, null, null, NOW));
            deliveries.saveAndFlush(Delivery.periodTotal(customer(a), H2, 1, null, NOW));
            assertThat(deliveries.existsByCustomerIdAndPeriod(a, "2026-H1")).isTrue();
            assertThat(returns.existsByCustomerIdAndPeriod(a, "2026-H2")).isFalse();

            assertThatThrownBy(() -> deliveries.saveAndFlush(Delivery.periodTotal(customer(a), H1, 2, null, NOW)))
                    .isInstanceOf(DataIntegrityViolationException.class);
        }

        @Test
        void the_database_refuses_half_valid_rows() {
            String delivery = "INSERT INTO delivery (customer_id, lot, period, delivered_on, quantity, created_at, updated_at) VALUES ";
            assertThat(violates(delivery + "(?, 'L', NULL, DATE '2026-01-01', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", a))
                    .as("quantity 0").isTrue();
            assertThat(violates(delivery + "(?, 'L', NULL, DATE '2026-01-01', 1000000000000, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", a))
                    .as("thirteen digits").isTrue();
            assertThat(violates(delivery + "(?, NULL, '2026-H2', DATE '2026-06-30', 5, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", a))
                    .as("a total dated outside its period").isTrue();
            assertThat(violates(delivery + "(?, 'L', '2026-H1', DATE '2026-06-30', 5, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", a))
                    .as("lot and period").isTrue();
            assertThat(violates(delivery + "(?, NULL, NULL, DATE '2026-06-30', 5, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", a))
                    .as("neither lot nor period").isTrue();
            assertThat(violates(delivery + "(-1, 'L', NULL, DATE '2026-01-01', 5, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
                    .as("unknown customer").isTrue();
            assertThat(violates("INSERT INTO product_return (customer_id, lot, returned_on, quantity, created_at, updated_at)"
                    + " VALUES (?, 'L', DATE '2026-01-01', 5, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", a))
                    .as("a lot return without reason").isTrue();
            assertThat(violates(delivery + "(?, NULL, '2026-H1', DATE '2026-06-30', 5, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", a))
                    .as("a good total").isFalse();
            assertThat(violates("DELETE FROM customer WHERE id = ?", a)).as("a customer with deliveries").isTrue();
        }

        /** Whether the statement breaks a constraint; run in a savepoint so the test's transaction goes on. */
        private boolean violates(String sql, Object... args) {
            return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection connection) -> {
                java.sql.Savepoint savepoint = connection.setSavepoint();
                try (java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
                    for (int i = 0; i < args.length; i++) {
                        statement.setObject(i + 1, args[i]);
                    }
                    statement.executeUpdate();
                    return false;
                } catch (java.sql.SQLException e) {
                    connection.rollback(savepoint);
                    assertThat(e.getSQLState()).as(e.getMessage()).startsWith("23");
                    return true;
                }
            }));
        }
    }

    @Nested
    class ImportLookupsAndWrites {

        @Test
        void lots_are_found_by_customer_and_lot_and_written_in_batches() {
            deliver(a, "L-1", "2026-01-05", 10);
            giveBack(a, "L-1", "2026-02-05", 2, "划伤");
            deliveries.saveAndFlush(Delivery.periodTotal(customer(b), H1, 5, null, NOW));

            assertThat(deliveries.customerIdsByCode(List.of(prefix + "-A", prefix + "-B", "nobody")))
                    .containsOnlyKeys(prefix + "-A", prefix + "-B").containsEntry(prefix + "-A", a);
            List<StoredLot> stored = deliveries.lotsOf(List.of(new LotKey(a, "L-1"), new LotKey(a, "L-2"), new LotKey(b, "L-1")));
            assertThat(stored).extracting(StoredLot::kind, StoredLot::lot, StoredLot::quantity, StoredLot::defectReason)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(MovementKind.DELIVERY, "L-1", 10L, null),
                            org.assertj.core.groups.Tuple.tuple(MovementKind.RETURN, "L-1", 2L, "划伤"));
            assertThat(deliveries.periodTotalsOf(List.of(a, b))).containsExactly(new PeriodTotalKey(b, MovementKind.DELIVERY, H1));
            assertThat(deliveries.hasLotsIn(MovementKind.DELIVERY, a, H1)).isTrue();
            assertThat(deliveries.hasLotsIn(MovementKind.RETURN, a, H2)).isFalse();
            assertThat(deliveries.hasLotsIn(MovementKind.DELIVERY, b, H1)).as("a total is no lot").isFalse();

            long deliveryId = stored.stream().filter(s -> s.kind() == MovementKind.DELIVERY).findFirst().orElseThrow().id();
            long returnId = stored.stream().filter(s -> s.kind() == MovementKind.RETURN).findFirst().orElseThrow().id();
            deliveries.write(List.of(
                    new LotWrite(deliveryId, a, new DeliveryLine(MovementKind.DELIVERY, prefix + "-A", "L-1", LocalDate.parse("2026-01-06"), 11, null)),
                    new LotWrite(returnId, a, new DeliveryLine(MovementKind.RETURN, prefix + "-A", "L-1", LocalDate.parse("2026-02-05"), 3, "划伤")),
                    new LotWrite(null, c, new DeliveryLine(MovementKind.DELIVERY, prefix + "-C", "L-7", LocalDate.parse("2026-03-01"), 70, null)),
                    new LotWrite(null, c, new DeliveryLine(MovementKind.RETURN, prefix + "-C", "L-7", LocalDate.parse("2026-03-09"), 7, "变形"))),
                    NOW);

            assertThat(deliveries.totalsFor(H1)).containsExactly(new DeliveryTotals(a, 11, 3), new DeliveryTotals(b, 5, 0),
                    new DeliveryTotals(c, 70, 7));
            assertThat(deliveries.lotsOf(List.of(new LotKey(a, "L-1")))).extracting(StoredLot::day)
                    .contains(LocalDate.parse("2026-01-06"));
        }

        @Test
        void empty_lookups_ask_nothing() {
            assertThat(deliveries.customerIdsByCode(List.of())).isEmpty();
            assertThat(deliveries.lotsOf(List.of())).isEmpty();
            assertThat(deliveries.periodTotalsOf(List.of())).isEmpty();
            deliveries.write(List.of(), NOW);
            assertThat(deliveries.dateSpan()).isEmpty();
        }
    }
}
