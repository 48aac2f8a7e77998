package com.satisfaction.persistence.testdb;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * One blank PostgreSQL database for the whole test run (JVM): a Testcontainers container where a
 * Docker engine answers, otherwise a database created on the server at {@code TEST_DATABASE_URL}
 * (default the local server) and dropped when the run ends.
 */
public final class PostgresTestDatabase {

    private static final String DEFAULT_SERVER_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";

    private static PostgresTestDatabase instance;

    private final String jdbcUrl;
    private final String username;
    private final String password;

    private PostgresTestDatabase(String jdbcUrl, String username, String password) {
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
    }

    public static synchronized PostgresTestDatabase get() {
        if (instance == null) {
            instance = dockerAvailable() ? startContainer() : createOnLocalServer();
        }
        return instance;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, username, password);
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static PostgresTestDatabase startContainer() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
        container.start();
        return new PostgresTestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }

    private static PostgresTestDatabase createOnLocalServer() {
        String serverUrl = env("TEST_DATABASE_URL", DEFAULT_SERVER_URL);
        String user = env("TEST_DATABASE_USERNAME", "postgres");
        String password = env("TEST_DATABASE_PASSWORD", "");
        String database = "satisfaction_test_" + UUID.randomUUID().toString().replace("-", "");
        execute(serverUrl, user, password, "CREATE DATABASE " + database);
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> execute(serverUrl, user, password, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)")));
        String url = serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + database;
        return new PostgresTestDatabase(url, user, password);
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database: '" + sql + "' failed on " + url
                    + " (is PostgreSQL running? set TEST_DATABASE_URL)", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Points a Spring test context at the run's PostgreSQL database. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            PostgresTestDatabase db = get();
            TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
                    "spring.datasource.url=" + db.jdbcUrl(),
                    "spring.datasource.username=" + db.username(),
                    "spring.datasource.password=" + db.password(),
                    "spring.datasource.driver-class-name=org.postgresql.Driver");
        }
    }
}
