/**
 * Surveys as stored: a survey with ordered sections of ordered questions and their choices, mapped to and
 * from the core's {@code SurveyDefinition}.
 */
package com.satisfaction.persistence.survey;
