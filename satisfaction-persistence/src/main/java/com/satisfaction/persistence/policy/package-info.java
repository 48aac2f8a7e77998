/**
 * The scoring policy's versions: one row per change, never updated, the highest version number in force; each holds
 * the policy's canonical text (core {@code PolicyText}), who saved it, when, why and what changed.
 */
package com.satisfaction.persistence.policy;
