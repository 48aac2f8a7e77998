package com.satisfaction.persistence.delivery;

import java.util.Optional;

/**
 * An uploaded file's stored bytes, read with plain JDBC: Hibernate took 1.5–5 s to read a 5 MB {@code bytea} that
 * JDBC reads in 30–70 ms (measured on PostgreSQL 15 with a 100,000-row file).
 */
public interface ImportContent {

    /** The decoded file (UTF-8) of the import; empty when there is no such import. */
    Optional<byte[]> contentOf(long id);
}
