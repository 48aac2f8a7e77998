/**
 * Surveys in the browser: the list, a survey's page, preview and publishing, and the draft editor
 * (sections and questions of a DRAFT, checked against the core's publish rules as the author types).
 */
package com.satisfaction.web.survey;
