package com.satisfaction.web;

import com.satisfaction.persistence.testdb.PostgresTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application serving real HTTP on a random port, on the test run's PostgreSQL database: for
 * what only a real server shows (error dispatches, Tomcat's parsing, proxy headers, concurrency). Test
 * classes using it share one context. The load comes from one address here, so the public rate limit is
 * lifted; it has a test of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "satisfaction.login.initial-admin-password=" + PostgresApplicationTest.ADMIN_PASSWORD,
        "satisfaction.rate-limit.public-writes-per-minute=100000",
        "satisfaction.scheduling.enabled=false"})
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = PostgresTestDatabase.Initializer.class)
public @interface RunningServerTest {
}
