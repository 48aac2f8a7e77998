/**
 * The customer register (客户资料表, SPEC §3) in the browser: list with search, filters and paging, customers and
 * their contacts, deactivation, and the CSV import (encoding detected, previewed, run in the background) and export.
 */
package com.satisfaction.web.customer;
