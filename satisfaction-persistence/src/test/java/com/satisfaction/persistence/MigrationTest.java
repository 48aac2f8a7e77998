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

    @Test
    void existing_responses_get_their_exact_points_earned_and_possible_on_h2_and_postgresql() throws SQLException {
        String h2 = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        assertScoresAreMigratedExactly(h2, "sa", "", "h2");

        PostgresTestDatabase db = PostgresTestDatabase.get();
        String schema = "migration_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        assertScoresAreMigratedExactly(db.jdbcUrl() + "?currentSchema=" + schema, db.username(), db.password(), "postgresql");
    }

    /** A response stored with an 8-decimal score before V5: 好 on 10 points, 7 of 10 on 20, a pair, a text. */
    private static void assertScoresAreMigratedExactly(String url, String user, String password, String vendor)
            throws SQLException {
        flyway(url, user, password, vendor).target("4").load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("INSERT INTO survey (id, title_zh, title_en, status, created_at, published_at) VALUES (1, '问卷', 'Survey', 'PUBLISHED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO survey_section (id, survey_id, position, title_zh, title_en) VALUES (1, 1, 0, '一', 'One')");
            s.execute("INSERT INTO question (id, section_id, position, type, text_zh, text_en, scored, points, scale) VALUES "
                    + "(1, 1, 0, 'LIKERT5', 'a', 'a', TRUE, 10, 'LIKERT5'), (2, 1, 1, 'RATING', 'b', 'b', TRUE, 20, 'ONE_TO_TEN'), "
                    + "(3, 1, 2, 'EXPECTATION_PAIR', 'c', 'c', TRUE, 2.5, 'ONE_TO_TEN'), (4, 1, 3, 'TEXT', 'd', 'd', FALSE, 10, NULL)");
            s.execute("INSERT INTO recipient (id, token, survey_id, language, label, created_at) VALUES "
                    + "(1, 'AAAAAAAAAAAAAAAAAAAAAA', 1, 'zh', 'test', CURRENT_TIMESTAMP), (2, 'BBBBBBBBBBBBBBBBBBBBBB', 1, 'zh', 'test', CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO response (id, recipient_id, survey_id, submitted_at, language, survey_score) VALUES "
                    + "(1, 1, 1, CURRENT_TIMESTAMP, 'zh', 73.33333333), (2, 2, 1, CURRENT_TIMESTAMP, 'zh', NULL)");
            s.execute("INSERT INTO answer (response_id, question_id, numeric_value, expected_value, text_value) VALUES "
                    + "(1, 1, 4, NULL, NULL), (1, 2, 7, NULL, NULL), (1, 3, 9, 10, NULL), (1, 4, NULL, NULL, '好'), "
                    + "(2, 4, NULL, NULL, '只有建议')");
        }

        flyway(url, user, password, vendor).load().migrate();

        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement();
             var rows = s.executeQuery("SELECT id, earned_units, possible_units FROM response ORDER BY id")) {
            // earned 10 × 4/5 + 20 × 7/10 + 2.5 × 9/10 = 24.25 of 32.5 points, × 7000
            assertThat(rows.next()).isTrue();
            assertThat(rows.getLong("earned_units")).isEqualTo(169_750);
            assertThat(rows.getLong("possible_units")).isEqualTo(227_500);
            assertThat(rows.next()).isTrue();
            assertThat(rows.getObject("earned_units")).isNull();
            assertThat(rows.getObject("possible_units")).isNull();
        }
    }

    private static MigrateResult migrate(String url, String user, String password, String vendor) {
        return flyway(url, user, password, vendor).load().migrate();
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(String url, String user, String password,
                                                                                  String vendor) {
        return Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor);
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
