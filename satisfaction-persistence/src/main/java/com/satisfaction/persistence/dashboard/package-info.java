/**
 * The dashboard's own SQL aggregates besides the half-years' scores: complaints and improvement actions per half-year,
 * and the actions made from review flags that were finished in a half-year.
 */
package com.satisfaction.persistence.dashboard;
