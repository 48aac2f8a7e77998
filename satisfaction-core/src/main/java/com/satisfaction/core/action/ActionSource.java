package com.satisfaction.core.action;

/**
 * What an improvement action was made from: a review flag of a closed period, a complaint, a low survey answer, a
 * customer's suggestion text, or nothing but a manager's own finding.
 */
public enum ActionSource {
    FLAG, COMPLAINT, SURVEY_ANSWER, SUGGESTION, MANUAL
}
