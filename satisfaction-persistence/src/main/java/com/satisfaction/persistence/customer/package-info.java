/**
 * The customer register (客户资料表, SPEC §3): customers keyed by their code, with region, industry, value tier,
 * annual value and key-account flag, and their contacts with a preferred language.
 */
package com.satisfaction.persistence.customer;
