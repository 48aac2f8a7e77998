package com.satisfaction.web.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import java.time.Duration;

/**
 * The servlet filters of our own, placed before security and sessions: what they guard must hold for
 * everything after them (the login's user name included).
 */
@Configuration
class RequestFilters {

    @Bean
    FilterRegistrationBean<ControlCharacterFilter> controlCharacterFilter() {
        FilterRegistrationBean<ControlCharacterFilter> registration = new FilterRegistrationBean<>(new ControlCharacterFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<PublicWriteRateLimit> publicWriteRateLimit(
            @Value("${satisfaction.rate-limit.public-writes-per-minute:100}") int writesPerMinute) {
        FilterRegistrationBean<PublicWriteRateLimit> registration =
                new FilterRegistrationBean<>(new PublicWriteRateLimit(writesPerMinute));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    FilterRegistrationBean<PublicLinkBulkhead> publicLinkBulkhead(
            @Value("${satisfaction.public-links.concurrent:7}") int concurrent,
            @Value("${satisfaction.public-links.waiting-room:300}") int waitingRoom,
            @Value("${satisfaction.public-links.longest-wait:20s}") Duration longestWait) {
        FilterRegistrationBean<PublicLinkBulkhead> registration =
                new FilterRegistrationBean<>(new PublicLinkBulkhead(concurrent, waitingRoom, longestWait));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        return registration;
    }
}
