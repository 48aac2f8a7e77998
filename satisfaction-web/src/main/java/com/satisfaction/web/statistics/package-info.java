/**
 * Monthly complaint statistics (counts by category and severity, open and closed, handling times, overdue,
 * satisfaction with handling) with ECharts charts built from JSON in {@code data-chart} attributes and a table of
 * every number.
 */
package com.satisfaction.web.statistics;
