/**
 * Deliveries and returns per customer (lots or per-period totals), the ERP file imports that fill them, and the SQL
 * that lists them and answers "delivered and returned per customer for a period" for the product return rate.
 */
package com.satisfaction.persistence.delivery;
