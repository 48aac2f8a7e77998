package com.satisfaction.persistence.delivery;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Optional;

/** {@link ImportContent} with one JDBC query. */
class ImportContentImpl implements ImportContent {

    private final JdbcTemplate jdbc;

    ImportContentImpl(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<byte[]> contentOf(long id) {
        return jdbc.query("SELECT content FROM delivery_import WHERE id = ?", (rs, row) -> rs.getBytes(1), id)
                .stream().findFirst();
    }
}
