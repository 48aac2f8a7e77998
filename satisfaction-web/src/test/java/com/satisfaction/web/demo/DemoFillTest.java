package com.satisfaction.web.demo;

import com.satisfaction.core.period.Period;
import com.satisfaction.persistence.testdb.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.context.support.TestPropertySourceUtils;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo filled at start-up on PostgreSQL, on a day late in a half-year (its campaign closed already, so the answers
 * must all come before the closing). The run's shared test database holds other tests' data (and the filler
 * leaves a database with customers alone), so this test starts the application on a database of its own, created
 * empty on the same server and dropped at the end of the run.
 */
@SpringBootTest(properties = {"satisfaction.demo=true", "satisfaction.login.initial-admin-password=demo-admin-secret",
        "satisfaction.scheduling.enabled=false"})
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = DemoFillTest.OwnDatabase.class)
class DemoFillTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemoFill demo;
    /** 28 December 2026 in Shanghai: the current half-year's campaign closed on the 17th. */
    static final Clock TODAY = Clock.fixed(ZonedDateTime.of(2026, 12, 28, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai"))
            .toInstant(), ZoneId.of("Asia/Shanghai"));

    @TestBean(name = "clock")
    Clock clock;

    static Clock clock() {
        return TODAY;
    }

    @Test
    void an_empty_database_is_filled_with_the_demo_company_at_start_up() {
        assertThat(count("SELECT count(*) FROM customer")).isEqualTo(60);
        assertThat(count("SELECT count(*) FROM contact")).isGreaterThan(60);
        assertThat(count("SELECT count(*) FROM survey WHERE status = 'PUBLISHED'")).isEqualTo(1);

        assertThat(jdbc.queryForList("SELECT period FROM campaign ORDER BY period", String.class))
                .containsExactly("2025-H2", "2026-H1", "2026-H2");
        List<Map<String, Object>> closed = jdbc.queryForList("SELECT p.id, s.sha256 FROM period p "
                + "JOIN period_snapshot s ON s.id = p.snapshot_id WHERE p.status = 'CLOSED' ORDER BY p.id");
        assertThat(closed).extracting(row -> row.get("id")).containsExactly("2025-H2", "2026-H1");
        assertThat(closed).allSatisfy(row -> assertThat(row.get("sha256").toString()).matches("[0-9a-f]{64}"));
        assertThat(count("SELECT count(*) FROM period WHERE id = '2026-H2' AND status = 'CLOSED'")).isZero();
        for (String half : List.of("2025-H2", "2026-H1", "2026-H2")) {
            Period period = Period.of(half);
            ZoneId zone = TODAY.getZone();
            Timestamp from = Timestamp.from(period.startDate().atStartOfDay(zone).toInstant());
            Timestamp until = Timestamp.from(half.equals("2026-H2") ? TODAY.instant()
                    : period.endDate().plusDays(1).atStartOfDay(zone).toInstant());
            assertThat(count("SELECT count(*) FROM response r JOIN recipient l ON l.id = r.recipient_id "
                    + "JOIN campaign c ON c.id = l.campaign_id WHERE c.period = ? "
                    + "AND (r.submitted_at < ? OR r.submitted_at >= ? OR r.submitted_at < l.created_at)", half, from, until))
                    .as("answers of %s outside it", half).isZero();
        }

        assertThat(jdbc.queryForList("SELECT DISTINCT language FROM response", String.class))
                .containsExactlyInAnyOrder("zh", "en");
        double answered = count("SELECT count(*) FROM recipient WHERE answered_at IS NOT NULL")
                / (double) count("SELECT count(*) FROM recipient");
        assertThat(answered).isBetween(0.75, 0.9);
        assertThat(jdbc.queryForList("SELECT DISTINCT status FROM complaint", String.class)).containsExactlyInAnyOrder(
                "RECEIVED", "ACKNOWLEDGED", "INVESTIGATING", "RESOLVED", "FOLLOWED_UP", "CLOSED");
        assertThat(count("SELECT count(*) FROM complaint_event WHERE from_status = 'FOLLOWED_UP' AND to_status = 'INVESTIGATING'")).isPositive();
        assertThat(jdbc.queryForList("SELECT DISTINCT status FROM improvement_action", String.class))
                .containsExactlyInAnyOrder("OPEN", "IN_PROGRESS", "DONE", "VERIFIED");
        assertThat(count("SELECT count(*) FROM improvement_action WHERE source = 'FLAG'")).isPositive();
        for (String table : List.of("delivery", "product_return", "praise", "claim", "lost_business")) {
            assertThat(count("SELECT count(*) FROM " + table)).as(table).isPositive();
        }
    }

    @Test
    void a_second_start_does_not_fill_again() {
        long responses = count("SELECT count(*) FROM response");

        assertThat(demo.fillIfEmpty()).isFalse();

        assertThat(count("SELECT count(*) FROM customer")).isEqualTo(60);
        assertThat(count("SELECT count(*) FROM response")).isEqualTo(responses);
        assertThat(count("SELECT count(*) FROM survey")).isEqualTo(1);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    /** A new, empty database beside the run's shared one, dropped when the run ends. */
    static class OwnDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            PostgresTestDatabase shared = PostgresTestDatabase.get();
            String server = shared.jdbcUrl().substring(0, shared.jdbcUrl().lastIndexOf('/') + 1);
            String name = "demo_test_" + UUID.randomUUID().toString().replace("-", "");
            execute(shared.jdbcUrl(), shared, "CREATE DATABASE " + name);
            // dropped from the server's maintenance database: the shared one may be gone by then
            Runtime.getRuntime().addShutdownHook(new Thread(() -> execute(server + "postgres", shared,
                    "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")));
            TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
                    "spring.datasource.url=" + server + name,
                    "spring.datasource.username=" + shared.username(),
                    "spring.datasource.password=" + shared.password(),
                    "spring.datasource.driver-class-name=org.postgresql.Driver");
        }

        private static void execute(String url, PostgresTestDatabase shared, String sql) {
            try (Connection connection = DriverManager.getConnection(url, shared.username(), shared.password());
                 Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("Demo test database: '" + sql + "' failed", e);
            }
        }
    }
}
