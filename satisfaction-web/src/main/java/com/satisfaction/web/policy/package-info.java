/**
 * The scoring policy (SPEC §4.6–4.8, issue 12) in the browser: the policy in force with its version history, and the
 * administrator's form that saves a change as a new version; {@link com.satisfaction.web.policy.CurrentPolicy} answers
 * the version in force for the features that score with it.
 */
package com.satisfaction.web.policy;
