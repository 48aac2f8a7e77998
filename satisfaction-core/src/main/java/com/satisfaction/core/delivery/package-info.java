/**
 * Deliveries and returns of the operational record (SPEC §5): what a delivery or return line must hold to be stored —
 * kind, customer code, lot, date, a whole quantity of at least 1, a defect reason for a return — checked the same way for a typed form and an ERP file.
 */
package com.satisfaction.core.delivery;
