/**
 * Improvement actions (整改措施): the list, creating one by hand or from a complaint or a survey answer, its page with
 * source, next steps and history, editing and deleting; and the links other pages show (response page, home page).
 */
package com.satisfaction.web.action;
