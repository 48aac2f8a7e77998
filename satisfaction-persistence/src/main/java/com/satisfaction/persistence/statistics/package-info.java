/**
 * Complaint statistics as SQL aggregates over the {@code complaint} table: counts, handling times in seconds (sum and
 * median) and overdue complaints per time window, one query for a whole year.
 */
package com.satisfaction.persistence.statistics;
