package com.satisfaction.web.demo;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.time.Clock;

/**
 * The demo's clock stands in for the application's clock (the bean {@code clock}) everywhere while the demo is on, and
 * tells its time except on the thread filling the past (see {@link DemoClock}).
 */
@DemoOnly
@Configuration(proxyBeanMethods = false)
class DemoConfig {

    @Bean
    @Primary
    DemoClock demoClock(@Qualifier("clock") Clock clock) {
        return new DemoClock(clock);
    }
}
