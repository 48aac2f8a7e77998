package com.satisfaction.persistence.policy;

import com.satisfaction.core.scoring.PolicyText;
import com.satisfaction.core.scoring.ScoringPolicy;
import com.satisfaction.persistence.testdb.PostgresTestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * V20 on a blank H2 and a blank PostgreSQL: version 1 is the FM40 policy exactly as the core writes it, version
 * numbers are unique, and a version needs a reason.
 */
class ScoringPolicyVersionSchemaTest {

    @Test
    void h2_starts_with_version_1_holding_the_fm40_text_and_guards_numbers_and_reasons() throws SQLException {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        migrate(url, "sa", "", "h2");

        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            assertSeedAndConstraints(c);
        }
    }

    @Test
    void postgresql_starts_with_version_1_holding_the_fm40_text_and_guards_numbers_and_reasons() throws SQLException {
        PostgresTestDatabase db = PostgresTestDatabase.get();
        String schema = "policy_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        String url = db.jdbcUrl() + "?currentSchema=" + schema;
        migrate(url, db.username(), db.password(), "postgresql");

        try (Connection c = DriverManager.getConnection(url, db.username(), db.password())) {
            assertSeedAndConstraints(c);
        }
    }

    private static void assertSeedAndConstraints(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            try (ResultSet rows = s.executeQuery("SELECT version_number, policy_text, created_by, reason, changes "
                    + "FROM scoring_policy_version")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt("version_number")).isEqualTo(1);
                assertThat(rows.getString("policy_text")).isEqualTo(PolicyText.write(ScoringPolicy.fm40()));
                assertThat(rows.getString("created_by")).isEqualTo("system");
                assertThat(rows.getString("reason")).isEqualTo("FM40 defaults");
                assertThat(rows.getString("changes")).isNull();
                assertThat(rows.next()).isFalse();
            }
            assertThatThrownBy(() -> s.execute(insert(1, "'again'")))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(e.getMessage().toLowerCase()).contains(ScoringPolicyVersion.NUMBER_CONSTRAINT));
            assertThatThrownBy(() -> s.execute(insert(2, "'   '")))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(e.getMessage().toLowerCase()).contains("ck_scoring_policy_version_reason"));
            assertThatThrownBy(() -> s.execute(insert(0, "'zero'"))).isInstanceOf(SQLException.class);
            s.execute(insert(2, "'a reason'"));
        }
    }

    private static String insert(int number, String reason) {
        return "INSERT INTO scoring_policy_version (version_number, policy_text, created_at, created_by, reason) "
                + "VALUES (" + number + ", 'x', CURRENT_TIMESTAMP, 'tester', " + reason + ")";
    }

    private static void migrate(String url, String user, String password, String vendor) {
        Flyway.configure().dataSource(url, user, password)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .load().migrate();
    }
}
