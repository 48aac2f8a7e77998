/**
 * Deliveries and returns per customer (SPEC §5, feeding the product return rate of §4.6) in the browser: the list with
 * filters, sums and paging; lots and per-period totals typed, changed and deleted; the ERP CSV import (previewed,
 * confirmed, run in the background in batches).
 */
package com.satisfaction.web.delivery;
