package com.satisfaction.web.export;

import com.satisfaction.persistence.export.ResponseExportQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The exports' SQL (a plain class in persistence, which has no component scan of its own). */
@Configuration(proxyBeanMethods = false)
class ExportConfig {

    @Bean
    ResponseExportQueries responseExportQueries(JdbcTemplate jdbc) {
        return new ResponseExportQueries(jdbc);
    }
}
