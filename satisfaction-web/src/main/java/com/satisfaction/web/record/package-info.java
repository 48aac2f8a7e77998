/**
 * Praise, claims and lost business in the browser (SPEC §5): lists filtered by customer, period and type and paged in
 * SQL, one create-or-update form per record, its page, deletion after a confirmation page, and the records index.
 */
package com.satisfaction.web.record;
