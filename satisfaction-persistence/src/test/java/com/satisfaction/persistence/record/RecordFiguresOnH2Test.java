package com.satisfaction.persistence.record;

import com.satisfaction.core.period.Period;
import com.satisfaction.core.record.CustomerRecords;
import com.satisfaction.core.record.Money;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The records' SQL runs unchanged on H2 (the embedded default database): the per-customer aggregate, the period's
 * figures and the complaints a claim may link to, on a blank H2 built by the same migrations.
 */
class RecordFiguresOnH2Test {

    RecordFiguresImpl figures;
    ComplaintChoicesImpl complaints;
    JdbcTemplate jdbc;

    @BeforeEach
    void blankH2() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/h2").load().migrate();
        figures = new RecordFiguresImpl(dataSource);
        complaints = new ComplaintChoicesImpl(dataSource);
        jdbc = new JdbcTemplate(dataSource);
    }

    @Test
    void the_figures_of_a_period_are_the_same_on_h2() {
        jdbc.update("INSERT INTO customer (id, code, name, created_at) VALUES (1, 'A', 'A', CURRENT_TIMESTAMP), "
                + "(2, 'B', 'B', CURRENT_TIMESTAMP)");
        jdbc.update("INSERT INTO praise (customer_id, praised_on, type, praised, text, recorded_by, recorded_at) VALUES "
                + "(1, DATE '2026-01-01', 'WRITTEN', 'x', 'y', 't', CURRENT_TIMESTAMP), "
                + "(1, DATE '2026-07-01', 'SPOKEN', 'x', 'y', 't', CURRENT_TIMESTAMP)");
        jdbc.update("INSERT INTO claim (customer_id, claimed_on, amount, currency, reason, recorded_by, recorded_at) VALUES "
                + "(1, DATE '2026-02-01', 100.5, 'CNY', 'r', 't', CURRENT_TIMESTAMP), "
                + "(1, DATE '2026-03-01', 0.0001, 'CNY', 'r', 't', CURRENT_TIMESTAMP), "
                + "(1, DATE '2026-04-01', 7, 'USD', 'r', 't', CURRENT_TIMESTAMP)");
        jdbc.update("INSERT INTO lost_business (customer_id, kind, lost_on, reason, recorded_by, recorded_at) VALUES "
                + "(2, 'CUSTOMER', DATE '2026-06-30', 'r', 't', CURRENT_TIMESTAMP), "
                + "(2, 'CUSTOMER', DATE '2026-05-01', 'r', 't', CURRENT_TIMESTAMP)");

        Period h1 = Period.of("2026-H1");
        assertThat(figures.customerRecords(h1)).containsExactly(
                new CustomerRecords(1, 1, 3, List.of(Money.of("100.5001", "CNY"), Money.of("7", "USD")), 0),
                new CustomerRecords(2, 0, 0, List.of(), 2));
        assertThat(figures.customerRecords(2, h1)).isEqualTo(new CustomerRecords(2, 0, 0, List.of(), 2));
        assertThat(figures.periodRecords(h1)).isEqualTo(new PeriodRecords(h1, 1, 3,
                List.of(Money.of("100.5001", "CNY"), Money.of("7", "USD")), 2, 1));
    }

    @Test
    void a_customers_complaints_are_offered_on_h2() {
        jdbc.update("INSERT INTO customer (id, code, name, created_at) VALUES (1, 'A', 'A', CURRENT_TIMESTAMP)");
        jdbc.update("INSERT INTO app_user (id, username, display_name, password_hash, created_at) "
                + "VALUES (1, 'u', 'U', 'x', CURRENT_TIMESTAMP)");
        jdbc.update("INSERT INTO complaint (id, customer_id, channel, category, severity, description, received_at, "
                + "first_responder_id) VALUES (5, 1, 'PHONE', 'QUALITY', 'HIGH', ?, TIMESTAMP WITH TIME ZONE "
                + "'2026-02-10 08:00:00+00', 1)", "包装破损".repeat(30));

        assertThat(complaints.complaintsOf(1)).singleElement().satisfies(choice -> {
            assertThat(choice.id()).isEqualTo(5);
            assertThat(choice.receivedAt()).hasToString("2026-02-10T08:00:00Z");
            assertThat(choice.excerpt()).hasSize(60);
        });
        assertThat(complaints.customerOfComplaint(5)).contains(1L);
    }
}
