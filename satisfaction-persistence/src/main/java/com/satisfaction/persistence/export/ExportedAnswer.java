package com.satisfaction.persistence.export;

import java.util.List;

/**
 * One answer of an exported response, as stored.
 *
 * @param questionId the question
 * @param value      the number chosen (the received value of an expectation pair), or null
 * @param expected   the expected value of an expectation pair, or null
 * @param text       the free text, or null
 * @param choiceIds  the choices ticked, by id
 */
public record ExportedAnswer(long questionId, Integer value, Integer expected, String text, List<Long> choiceIds) {
}
