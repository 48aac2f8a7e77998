/**
 * Demo data for newcomers: with {@code satisfaction.demo=true} (the {@code demo} profile, or {@code SATISFACTION_DEMO=true})
 * an empty database is filled at start-up, through the application's own services, with a believable automotive
 * parts supplier: its customers, the FM40 survey, three half-years of campaigns, answers and operational record,
 * complaints and improvement actions. Nothing here runs without that switch.
 */
package com.satisfaction.web.demo;
