/**
 * Surveys for managers: the list, creating one blank or from a built-in template, the draft editor,
 * preview, publish / copy / archive / delete a draft (each that cannot be undone asked first on a
 * confirmation page), test links and the responses on a survey's page.
 */
package com.satisfaction.web.survey;
