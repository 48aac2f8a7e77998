package com.satisfaction.web;

import com.satisfaction.persistence.testdb.PostgresTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on the test run's real PostgreSQL database (see {@link PostgresTestDatabase}),
 * with MockMvc. Every test class using it shares one application context and one database, so tests
 * create the data they need under names of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"satisfaction.login.initial-admin-password=" + PostgresApplicationTest.ADMIN_PASSWORD,
        // MockMvc requests all come from one address; the rate limit has a test of its own
        "satisfaction.rate-limit.public-writes-per-minute=1000000",
        // the scheduled jobs (outbox worker, reminders) are run by the tests themselves
        "satisfaction.scheduling.enabled=false"})
@AutoConfigureMockMvc
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = PostgresTestDatabase.Initializer.class)
public @interface PostgresApplicationTest {

    String ADMIN_PASSWORD = "first-admin-secret";
}
