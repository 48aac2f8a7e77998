package com.satisfaction.web.dashboard;

import com.satisfaction.persistence.dashboard.DashboardQueries;
import com.satisfaction.persistence.period.SnapshotCustomerQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The dashboard's SQL (plain classes in persistence, which has no component scan of its own). */
@Configuration(proxyBeanMethods = false)
class DashboardConfig {

    @Bean
    SnapshotCustomerQueries snapshotCustomerQueries(JdbcTemplate jdbc) {
        return new SnapshotCustomerQueries(jdbc);
    }

    @Bean
    DashboardQueries dashboardQueries(JdbcTemplate jdbc) {
        return new DashboardQueries(jdbc);
    }
}
