/**
 * The executives' half-year dashboard: headline figures against the previous half-year, the trend, breakdowns, the
 * value × satisfaction grid and the per-customer table, all read from the half-years' own scores (snapshots when closed).
 */
package com.satisfaction.web.dashboard;
