/**
 * Every scoring formula of SPEC §4.1–4.6 and the response rate of §3: CSAT, NPS, CES, churn, response rate, product
 * return rate, the survey score of one response (kept in whole units of 1/7000 point, with the exact mean of many), the
 * FM40 composite of one customer for one period with its {@link com.satisfaction.core.scoring.ScoringPolicy}, and the
 * period aggregates; the policy's canonical text ({@link com.satisfaction.core.scoring.PolicyText}), which stores a
 * version of it and checks a form of its values, and the changes between two policies. All figures are exact
 * {@link com.satisfaction.core.scoring.Score} values; every verdict reads the figure as shown
 * ({@link com.satisfaction.core.scoring.Displayed}).
 */
package com.satisfaction.core.scoring;
