/**
 * Answering a survey: the public personal-link pages {@code /s/{token}}, a manager's manual entry of a
 * paper, fax or phone questionnaire, and the one submission service both use.
 */
package com.satisfaction.web.answering;
