package com.satisfaction.web.survey;

import java.util.List;

/**
 * Something wrong with one field of a form, as a message key and its arguments; {@code field} is
 * {@code null} when the problem concerns the whole form.
 */
record FieldProblem(String field, String code, List<Object> args) {

    FieldProblem {
        args = List.copyOf(args);
    }

    static FieldProblem of(String field, String code, Object... args) {
        return new FieldProblem(field, code, List.of(args));
    }

    Object[] argsArray() {
        return args.toArray();
    }
}
