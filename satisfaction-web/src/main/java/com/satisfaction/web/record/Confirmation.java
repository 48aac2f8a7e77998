package com.satisfaction.web.record;

import java.util.List;

/**
 * The page that asks before a record is deleted and shows what goes: a heading (message key with one argument), the
 * record's facts as label-key and value pairs, the button that POSTs to {@code action}, and {@code cancel} to go back.
 * Works without script.
 */
record Confirmation(String heading, Object headingArg, List<Fact> facts, String action, String cancel) {

    record Fact(String labelKey, String value) {
    }

    Confirmation {
        facts = List.copyOf(facts);
    }
}
