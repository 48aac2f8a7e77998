/**
 * Complaints (客户投诉) as stored: the complaint, which applies the core's lifecycle rules, its history of events,
 * and the filtered, paged and overdue queries over them.
 */
package com.satisfaction.persistence.complaint;
