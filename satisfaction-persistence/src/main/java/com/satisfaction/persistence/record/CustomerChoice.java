package com.satisfaction.persistence.record;

/** A customer as a record's customer picker and filter show it. */
public record CustomerChoice(long id, String code, String name, boolean active) {
}
