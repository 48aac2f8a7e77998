/**
 * Quiet days: the administrator's holiday table and the working-day calendar reminders follow.
 */
package com.satisfaction.web.calendar;
