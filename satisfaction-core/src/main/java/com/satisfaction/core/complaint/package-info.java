/**
 * Complaint handling without a framework (SPEC §5): severities and their response and resolution targets, the
 * lifecycle's transition rules, and when a complaint is overdue.
 */
package com.satisfaction.core.complaint;
