package com.satisfaction.persistence.export;

/** A choice of one of the exported survey's CHOICE questions, with its label in both languages. */
public record ExportChoice(long id, String labelZh, String labelEn) {
}
