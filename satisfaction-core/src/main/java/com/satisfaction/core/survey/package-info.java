/**
 * The questionnaire model shared by every module (SPEC §2–3): scales, question types, question/section/survey
 * definitions with what keeps them from being published, the built-in templates, and the checks that turn what a
 * customer entered into valid answers ({@link com.satisfaction.core.survey.AnswerRules}).
 */
package com.satisfaction.core.survey;
