package com.satisfaction.web.record;

/** What became of saving a record: saved (with its id), or refused with the field and message to show. */
sealed interface Outcome permits Outcome.Saved, Outcome.Refused {

    record Saved(long id) implements Outcome {
    }

    record Refused(FieldProblem problem) implements Outcome {

        Refused(String field, String messageKey) {
            this(new FieldProblem(field, messageKey));
        }
    }
}
