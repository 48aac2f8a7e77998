package com.satisfaction.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** Satisfaction: the customer-satisfaction programme of a B2B company, end to end. */
@SpringBootApplication
@EntityScan("com.satisfaction.persistence")
@EnableJpaRepositories("com.satisfaction.persistence")
public class SatisfactionApplication {

    public static void main(String[] args) {
        SpringApplication.run(SatisfactionApplication.class, args);
    }
}
