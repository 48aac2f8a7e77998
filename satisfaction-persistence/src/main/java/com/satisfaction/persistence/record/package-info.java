/**
 * Praise, claims and lost business (SPEC §5), each dated and of one customer, with the SQL that counts them per
 * customer and period for the composite score (§4.6) and the churn rate (§4.4); money maps through {@link
 * com.satisfaction.persistence.record.StoredMoney}.
 */
package com.satisfaction.persistence.record;
