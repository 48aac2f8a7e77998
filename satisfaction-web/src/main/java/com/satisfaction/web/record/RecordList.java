package com.satisfaction.web.record;

import org.springframework.data.domain.Page;

import java.util.List;

/** One page of a records list, counted and cut by the database. */
record RecordList<R>(List<R> rows, int page, int totalPages, long total) {

    static <R> RecordList<R> of(Page<R> page) {
        return new RecordList<>(page.getContent(), page.getNumber(), page.getTotalPages(), page.getTotalElements());
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages;
    }
}
