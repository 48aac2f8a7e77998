/**
 * Figures of the monthly complaint statistics made from SQL aggregates: handling times in hours (mean and median) and
 * the mean satisfaction with handling, each "no data" over nothing rather than 0.
 */
package com.satisfaction.core.statistics;
