package com.satisfaction.web.survey;

import com.satisfaction.persistence.response.SurveyResultQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The survey results' SQL (a plain class in persistence, which has no component scan of its own). */
@Configuration(proxyBeanMethods = false)
class SurveyResultsConfig {

    @Bean
    SurveyResultQueries surveyResultQueries(JdbcTemplate jdbc) {
        return new SurveyResultQueries(jdbc);
    }
}
