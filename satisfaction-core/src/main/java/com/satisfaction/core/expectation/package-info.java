/**
 * The expectation-vs-received model of SPEC §4.7: S = Σ wᵢ·rᵢ/eᵢ for one person, and the weighted
 * combination of persons for a team customer, with its reading against a tolerance and per-indicator gaps.
 */
package com.satisfaction.core.expectation;
