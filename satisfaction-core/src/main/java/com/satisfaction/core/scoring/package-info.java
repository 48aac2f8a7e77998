/**
 * Every scoring formula of SPEC §4.1–4.6: CSAT, NPS, CES, churn, product return rate, the survey score of one response,
 * the FM40 composite of one customer for one period with its {@link com.satisfaction.core.scoring.ScoringPolicy},
 * and the period aggregates. All figures are exact {@link com.satisfaction.core.scoring.Score} values.
 */
package com.satisfaction.core.scoring;
