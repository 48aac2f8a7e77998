package com.satisfaction.persistence;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The configuration that {@code @DataJpaTest} looks for in this module. */
@SpringBootApplication
class PersistenceTestApplication {
}
