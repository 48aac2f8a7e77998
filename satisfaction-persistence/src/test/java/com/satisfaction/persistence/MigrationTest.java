package com.satisfaction.persistence;

import com.satisfaction.persistence.testdb.PostgresTestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The same migrations build the schema on a blank H2 (PostgreSQL mode) and a blank PostgreSQL. */
class MigrationTest {

    @Test
    void migrations_build_a_blank_h2_database() throws SQLException {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        MigrateResult result = migrate(url, "sa", "", "h2");

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(2);
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            assertPeriodFormatIsEnforced(c);
        }
    }

    @Test
    void migrations_build_a_blank_postgresql_schema() throws SQLException {
        PostgresTestDatabase db = PostgresTestDatabase.get();
        String schema = "migration_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        String url = db.jdbcUrl() + "?currentSchema=" + schema;
        MigrateResult result = migrate(url, db.username(), db.password(), "postgresql");

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(2);
        try (Connection c = DriverManager.getConnection(url, db.username(), db.password())) {
            assertPeriodFormatIsEnforced(c);
        }
    }

    private static MigrateResult migrate(String url, String user, String password, String vendor) {
        return Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .load()
                .migrate();
    }

    private static void assertPeriodFormatIsEnforced(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO survey (title_zh, title_en, status, created_at) VALUES ('问卷', 'Survey', 'DRAFT', CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO campaign (survey_id, name, period, created_at) "
                    + "SELECT max(id), 'ok', '2026-H1', CURRENT_TIMESTAMP FROM survey");
            assertThatThrownBy(() -> s.execute("INSERT INTO campaign (survey_id, name, period, created_at) "
                    + "SELECT max(id), 'bad', '2026-H3', CURRENT_TIMESTAMP FROM survey"))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(e.getMessage().toLowerCase()).contains("ck_campaign_period"));
        }
    }
}
