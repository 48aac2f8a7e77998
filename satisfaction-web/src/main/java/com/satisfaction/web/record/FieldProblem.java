package com.satisfaction.web.record;

/** A problem with one field of a form: the field and the message key to show beside it. */
public record FieldProblem(String field, String messageKey) {
}
