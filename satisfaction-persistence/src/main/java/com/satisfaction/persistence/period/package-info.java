/**
 * Half-year periods (issue 12): their status, the close and re-open log, the frozen snapshots of closed periods, the
 * SQL aggregates a period's live scores are computed from, and response exclusions.
 */
package com.satisfaction.persistence.period;
