package com.satisfaction.web.statistics;

import com.satisfaction.persistence.statistics.ComplaintStatisticsQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The statistics' SQL (a plain class in persistence, which has no component scan of its own). The handling targets
 * per severity come from complaint handling's {@code ComplaintTargetsConfig}.
 */
@Configuration(proxyBeanMethods = false)
class StatisticsConfig {

    @Bean
    ComplaintStatisticsQueries complaintStatisticsQueries(NamedParameterJdbcTemplate jdbc) {
        return new ComplaintStatisticsQueries(jdbc);
    }
}
