/**
 * Complaint handling pages: the list, recording (also from a survey answer), a complaint's page with its next steps,
 * hand-over and history, editing and deleting, the owners' overdue list and the daily overdue reminder by mail.
 */
package com.satisfaction.web.complaint;
