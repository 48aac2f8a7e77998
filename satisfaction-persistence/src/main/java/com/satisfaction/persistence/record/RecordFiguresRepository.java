package com.satisfaction.persistence.record;

import org.springframework.data.repository.Repository;

/** Where the figures of the operational record are asked for (see {@link RecordFigures}). */
public interface RecordFiguresRepository extends Repository<Praise, Long>, RecordFigures {
}
