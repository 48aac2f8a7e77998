package com.satisfaction.web.demo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.time.Clock;

/** The demo's clock replaces the system clock everywhere while the demo is on (see {@link DemoClock}). */
@DemoOnly
@Configuration(proxyBeanMethods = false)
class DemoConfig {

    @Bean
    @Primary
    DemoClock demoClock() {
        return new DemoClock(Clock.systemDefaultZone());
    }
}
