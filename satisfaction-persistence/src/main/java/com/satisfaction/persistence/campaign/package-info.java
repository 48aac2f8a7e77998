/**
 * Campaigns: one published survey sent for one period to chosen contacts; each recipient holds a personal link.
 */
package com.satisfaction.persistence.campaign;
