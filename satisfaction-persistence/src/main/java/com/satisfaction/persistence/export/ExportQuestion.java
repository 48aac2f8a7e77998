package com.satisfaction.persistence.export;

/**
 * A question of the exported survey, in the survey's order.
 *
 * @param id     the question
 * @param type   its {@code QuestionType} name
 * @param textZh its text in Chinese
 * @param textEn its text in English
 */
public record ExportQuestion(long id, String type, String textZh, String textEn) {
}
