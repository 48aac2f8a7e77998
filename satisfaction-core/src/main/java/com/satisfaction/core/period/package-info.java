/**
 * The half-year period (H1 = January–June, H2 = July–December) that every campaign and score belongs to.
 * {@link com.satisfaction.core.period.Period#of(String)} parses the "2026-H1" form used throughout the product.
 */
package com.satisfaction.core.period;
