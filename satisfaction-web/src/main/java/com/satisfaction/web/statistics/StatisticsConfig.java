package com.satisfaction.web.statistics;

import com.satisfaction.core.complaint.HandlingTargets;
import com.satisfaction.persistence.statistics.ComplaintStatisticsQueries;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The statistics' SQL (a plain class in persistence, which has no component scan of its own), and the handling
 * targets per severity unless complaint handling already provides them (its {@code ComplaintTargetsConfig} owns the
 * configured targets; until then the defaults apply).
 */
@Configuration(proxyBeanMethods = false)
class StatisticsConfig {

    @Bean
    ComplaintStatisticsQueries complaintStatisticsQueries(NamedParameterJdbcTemplate jdbc) {
        return new ComplaintStatisticsQueries(jdbc);
    }

    @Bean
    @ConditionalOnMissingBean
    HandlingTargets defaultHandlingTargets() {
        return HandlingTargets.defaults();
    }
}
